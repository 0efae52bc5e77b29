import { useQueryClient } from '@tanstack/react-query';
import type { Me } from '@yici/contracts';
import { Steps } from 'antd';
import { messages } from '../../messages';
import { sessionQueries } from '../../shared/session/session.queries';
import { PhoneVerification } from './phone-verification';
import { RealNameDone } from './real-name-done';
import { realNameStepOf } from './real-name-levels';
import { RegistryCheck } from './registry-check';

const text = messages.realName.steps;

/** Registration's later steps, read from the account's level so a reload lands on the right one. */
export function RealNameSteps({ me, codeJustSent }: { me: Me; codeJustSent: boolean }) {
  const queryClient = useQueryClient();
  const refreshLevel = () => queryClient.refetchQueries({ queryKey: sessionQueries.me().queryKey });
  const step = realNameStepOf(me.realNameLevel);
  return (
    <div data-testid="real-name-steps" data-step={step}>
      <Steps
        className="real-name-steps"
        size="small"
        current={step + 1}
        items={[{ title: text.register }, { title: text.phone }, { title: text.registry }, { title: text.done }]}
      />
      {step === 0 && (
        <PhoneVerification phoneMasked={me.phoneMasked ?? ''} codeJustSent={codeJustSent} onVerified={refreshLevel} />
      )}
      {step === 1 && <RegistryCheck onVerified={refreshLevel} />}
      {step === 2 && <RealNameDone me={me} />}
    </div>
  );
}
