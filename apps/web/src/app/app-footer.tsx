import { messages } from '../messages';

export function AppFooter() {
  return (
    <footer className="app-footer" data-testid="app-footer">
      <div className="app-footer-inner">
        {messages.app.footerLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <a href="/docs">{messages.app.apiDocs}</a>
        </p>
      </div>
    </footer>
  );
}
