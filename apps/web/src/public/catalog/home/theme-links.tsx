import { Link } from 'react-router';
import { messages } from '../../../messages';

export function ThemeLinks() {
  return (
    <section aria-labelledby="home-themes-heading" data-testid="home-themes">
      <h2 id="home-themes-heading" className="section-heading">
        {messages.home.themesHeading}
      </h2>
      <ul className="plain-list theme-list">
        {messages.popularThemes.map((theme) => (
          <li key={theme}>
            <Link to={`/catalog?${new URLSearchParams({ theme })}`} className="theme-chip">
              {theme}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
