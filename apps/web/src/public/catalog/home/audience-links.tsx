import { BankOutlined, UserOutlined } from '@ant-design/icons';
import type { Audience } from '@yici/contracts';
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { messages } from '../../../messages';

const AUDIENCES = [
  { audience: 'person', icon: <UserOutlined /> },
  { audience: 'legal_person', icon: <BankOutlined /> },
] as const satisfies ReadonlyArray<{ audience: Audience; icon: ReactNode }>;

export function AudienceLinks() {
  return (
    <section aria-labelledby="home-audience-heading">
      <h2 id="home-audience-heading" className="section-heading">
        {messages.home.audienceHeading}
      </h2>
      <ul className="plain-list audience-grid">
        {AUDIENCES.map(({ audience, icon }) => (
          <li key={audience}>
            <Link
              to={`/catalog?${new URLSearchParams({ audience })}`}
              className="tile-link"
              data-testid={`audience-link-${audience}`}
            >
              <Card size="small" className={`audience-card audience-card-${audience}`}>
                <span className="audience-icon" aria-hidden="true">
                  {icon}
                </span>
                <span>
                  <span className="tile-title audience-title">{messages.audienceLinks[audience].title}</span>
                  <span className="muted">{messages.audienceLinks[audience].description}</span>
                </span>
              </Card>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
