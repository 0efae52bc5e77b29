import { messages } from '../../../messages';
import { PageTitle } from '../../../shared/page-title';
import { AudienceLinks } from './audience-links';
import { BundleTiles } from './bundle-tiles';
import { HomeSearch } from './home-search';
import { QuickLinks } from './quick-links';
import { ThemeLinks } from './theme-links';
import './home.css';

export function HomePage() {
  return (
    <div className="page home-page" data-testid="home-page">
      <PageTitle>{messages.nav.home}</PageTitle>
      <section className="home-hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{messages.home.heading}</h1>
        <p>{messages.home.subheading}</p>
        <HomeSearch />
        <QuickLinks />
      </section>
      <BundleTiles />
      <div className="home-columns">
        <AudienceLinks />
        <ThemeLinks />
      </div>
    </div>
  );
}
