import { Button, Card, Form } from 'antd';
import { useState } from 'react';
import { messages } from '../../messages';
import { RegionCascader } from '../../public/network/region-cascader';

type RegionChoiceProps = { onChoose: (regionCode: string) => void };

/** A bundle is handled by a county's departments: where, before the form can be prepared. */
export function RegionChoice({ onChoose }: RegionChoiceProps) {
  const [region, setRegion] = useState<string | undefined>();
  return (
    <Card data-testid="apply-region-choice">
      <Form layout="vertical" onFinish={() => region && onChoose(region)}>
        <Form.Item label={messages.cases.apply.region} required>
          <RegionCascader value={region} onChange={setRegion} placeholder={messages.cases.apply.regionPlaceholder} />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!region || region.length < 6}>
          {messages.cases.apply.next}
        </Button>
      </Form>
    </Card>
  );
}
