import { Checkbox, Input } from 'antd';
import { messages } from '../../../messages';
import type { MaterialChoice } from './application-request';

const text = messages.cases.apply;

type PromiseChoiceProps = {
  materialName: string;
  choice: MaterialChoice | undefined;
  onChange: (choice: MaterialChoice | undefined) => void;
};

/** 告知承诺: where the catalog allows it, a signed promise replaces the proof. */
export function PromiseChoice({ materialName, choice, onChange }: PromiseChoiceProps) {
  const isChosen = choice?.kind === 'promise';
  return (
    <div data-testid="promise-choice">
      <Checkbox
        checked={isChosen}
        onChange={(event) =>
          onChange(event.target.checked ? { kind: 'promise', text: text.promiseDefault(materialName) } : undefined)
        }
      >
        {text.usePromise}
      </Checkbox>
      {isChosen && (
        <Input.TextArea
          aria-label={text.promiseLabel}
          value={choice.text}
          rows={3}
          maxLength={1000}
          showCount
          status={choice.text.trim().length < 10 ? 'error' : undefined}
          onChange={(event) => onChange({ kind: 'promise', text: event.target.value })}
        />
      )}
    </div>
  );
}
