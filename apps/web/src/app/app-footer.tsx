import { Link } from 'react-router';
import { messages } from '../messages';

export function AppFooter() {
  return (
    <footer className="app-footer" data-testid="app-footer">
      <div className="app-footer-inner">
        {messages.app.footerLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p className="app-footer-links">
          <Link to="/verify" data-testid="footer-verify">
            {messages.app.verifyCertificate}
          </Link>
          <Link to="/open-data" data-testid="footer-open-data">
            {messages.app.openData}
          </Link>
          <Link to="/figures" data-testid="footer-figures">
            {messages.figures.publicTitle}
          </Link>
          <Link to="/bulletins" data-testid="footer-bulletins">
            {messages.ledger.public.title}
          </Link>
          <a href="/docs">{messages.app.apiDocs}</a>
        </p>
      </div>
    </footer>
  );
}
