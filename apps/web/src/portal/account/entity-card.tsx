import type { Me } from '@yici/contracts';
import { Card, Tag } from 'antd';
import { messages } from '../../messages';
import { AuthoriseHandlerForm } from './authorise-handler-form';
import { EntityBindingsTable } from './entity-bindings-table';

type Entity = Me['entities'][number];

const text = messages.entities;

/** One entity: its people for the legal representative, a hint for a handler. */
export function EntityCard({ entity }: { entity: Entity }) {
  const isRepresentative = entity.capacity === 'legal_representative';
  return (
    <Card
      className="entity-card account-section"
      data-testid="entity-card"
      data-uscc={entity.uscc}
      title={
        <>
          <span>{entity.name}</span>
          <span className="entity-uscc">{entity.uscc}</span>
          <Tag color={isRepresentative ? 'blue' : 'default'}>{messages.capacity[entity.capacity]}</Tag>
        </>
      }
    >
      {isRepresentative ? (
        <>
          <h3 className="card-subheading">{text.bindingsHeading}</h3>
          <EntityBindingsTable uscc={entity.uscc} />
          <h3 className="card-subheading">{text.authoriseHeading}</h3>
          <p className="muted">{text.authoriseHint}</p>
          <AuthoriseHandlerForm uscc={entity.uscc} />
        </>
      ) : (
        <p className="muted">{text.handlerHint}</p>
      )}
    </Card>
  );
}
