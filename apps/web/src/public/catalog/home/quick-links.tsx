import { CheckCircleOutlined, CloudOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { messages } from '../../../messages';

const QUICK_LINKS = [
  { to: '/catalog?oneVisit=true', label: messages.home.quickOneVisit, icon: <CheckCircleOutlined /> },
  { to: '/catalog?online=true', label: messages.home.quickOnline, icon: <CloudOutlined /> },
  { to: '/service-points', label: messages.home.quickServicePoints, icon: <EnvironmentOutlined /> },
];

export function QuickLinks() {
  return (
    <nav aria-label={messages.home.quickHeading} className="quick-links">
      {QUICK_LINKS.map((link) => (
        <Link key={link.to} to={link.to} className="quick-link">
          <span aria-hidden="true">{link.icon}</span>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
