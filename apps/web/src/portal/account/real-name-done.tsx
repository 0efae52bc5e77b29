import type { Me } from '@yici/contracts';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { levelLabel } from './real-name-levels';

const text = messages.realName;

export function RealNameDone({ me }: { me: Me }) {
  return (
    <Result
      status="success"
      title={text.doneTitle}
      subTitle={text.doneSubtitle(levelLabel(me.realNameLevel))}
      data-testid="real-name-done"
      extra={[
        <Link key="account" to="/account">
          <Button type="primary">{text.toAccount}</Button>
        </Link>,
        <Link key="catalog" to="/catalog">
          <Button>{text.toCatalog}</Button>
        </Link>,
      ]}
    />
  );
}
