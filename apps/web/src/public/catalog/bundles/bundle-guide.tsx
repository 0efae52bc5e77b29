import type { Bundle } from '@yici/contracts';
import { Button, Tag } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../../messages';
import { applyPathOf } from '../../../shared/cases/application-target';
import { PageTitle } from '../../../shared/page-title';
import { BundleFlowGraph } from './bundle-flow-graph';
import './bundles.css';

export function BundleGuide({ bundle }: { bundle: Bundle }) {
  return (
    <article className="page bundle-page" data-testid="bundle-guide">
      <PageTitle>{bundle.name}</PageTitle>
      <header className="bundle-summary">
        <h1 data-testid="bundle-title">{bundle.name}</h1>
        <p>{bundle.description}</p>
        <div className="tag-row">
          <Tag color="blue">{messages.labels.audience[bundle.audience]}</Tag>
          <Tag color="green" data-testid="bundle-target-days">
            {messages.bundles.targetDays(bundle.targetDays)}
          </Tag>
          <Tag>{messages.bundles.stepCount(bundle.steps.length)}</Tag>
          <Tag color="orange">{messages.bundles.onDenial[bundle.onDenial]}</Tag>
          {bundle.themes.map((theme) => (
            <Tag key={theme} color="geekblue" variant="outlined">
              {theme}
            </Tag>
          ))}
        </div>
        <Link to={applyPathOf({ bundle: bundle.id })} data-testid="apply-online">
          <Button type="primary">{messages.cases.applyOnline}</Button>
        </Link>
      </header>
      <section className="bundle-flow-section" aria-labelledby="bundle-flow-heading">
        <h2 id="bundle-flow-heading">{messages.bundles.flowHeading}</h2>
        <p className="muted">{messages.bundles.flowHint}</p>
        <BundleFlowGraph steps={bundle.steps} />
      </section>
    </article>
  );
}
