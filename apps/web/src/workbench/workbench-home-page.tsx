import { useQuery } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { Link } from 'react-router';
import { messages } from '../messages';
import { PageLoading } from '../shared/page-loading';
import { PageTitle } from '../shared/page-title';
import { sessionQueries } from '../shared/session/session.queries';
import { CalendarWarningBanner } from './calendar-warning-banner';
import { toolsFor } from './workbench-tools';
import './workbench.css';

const text = messages.workbench;

/** 工作台: the tools the staff member's roles open. */
export function WorkbenchHomePage() {
  const me = useQuery(sessionQueries.me());
  if (!me.data) return <PageLoading />;
  const tools = toolsFor(me.data.roles);
  const roleNames = me.data.roles.map((role) => text.roles[role]).join('、');
  // A demo or shared account is often named after its role: say it once, not “窗口受理员 · 窗口受理员”.
  const name = me.data.name ?? '';
  const welcome = name && name !== roleNames ? `${text.welcome(name)} · ${roleNames}` : text.welcome(roleNames);
  return (
    <div className="page" data-testid="workbench-home">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro" data-testid="workbench-welcome">
        {welcome}
      </p>
      {me.data.roles.includes('administrator') && <CalendarWarningBanner />}
      {tools.length === 0 ? (
        <Empty description={text.noTools} />
      ) : (
        <ul className="plain-list tile-grid">
          {tools.map((tool) => (
            <li key={tool.key}>
              <Link to={tool.path} className="tile-link">
                <Card>
                  <h2 className="tile-title">{text.tools[tool.key].title}</h2>
                  <p className="tile-description">{text.tools[tool.key].description}</p>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
