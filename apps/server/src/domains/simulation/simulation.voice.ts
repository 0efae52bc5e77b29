import type { RatingReason, TicketCategory, TicketKind, TicketStatus, TicketSummary } from '@yici/contracts';
import { readAllPages } from '../../platform/db/keyset';
import type { RequestContext } from '../../platform/actor';
import { keyed, normal, pickWeighted, poisson, type Draw } from './simulation.random';
import { accountOf, phoneOf, residentById } from './simulation.residents';
import { departmentStaffOf } from './simulation.departments';
import { emsTrackingNumber } from './simulation.delivery';
import { chinaDate } from '../../platform/clock';
import { attempt, workdaysSince, type Behaviour, type Resident, type World } from './simulation.world';

/**
 * The citizen's voice in a simulated province (issue 15's figures never empty): 12345 tickets
 * from intake to revisit and 好差评 ratings of completed cases with their rectification, through
 * the hotline and ratings use cases as the operator, the department, the rating desk or the
 * resident, at the profile's rates. Draws are keyed by what the simulator itself names (the
 * ticket's key written into its text, the case number), never by the platform's random ids, so
 * a resumed run draws what an uninterrupted one would.
 */

/** What callers ask about, and the knowledge base's search terms for answering on the spot. */
const TOPICS: { text: string; q: string }[] = [
  { text: '咨询开办公司需要准备哪些材料、多长时间能拿到营业执照', q: '营业执照' },
  { text: '咨询办理居住证需要什么材料', q: '居住证' },
  { text: '咨询不动产转移登记要带哪些材料', q: '不动产' },
  { text: '咨询社会保险登记怎么办理', q: '社会保险' },
  { text: '咨询住房公积金缴存登记的流程', q: '公积金' },
];

const KIND_TEXT: Record<Exclude<TicketKind, 'consultation'>, string> = {
  help: '办理业务遇到困难，请求帮助协调',
  complaint: '反映窗口办理时间过长，要求尽快处理',
  report: '举报有中介在大厅门口收费代办',
  suggestion: '建议大厅延长周末服务时间',
  praise: '表扬窗口工作人员服务热情、一次办好',
};

/** The simulator's key of a ticket; a repeat call about the same matter is the key with an R. */
const TICKET_KEY = /^【模拟(T\d+R?)】/;
const keyOfTicket = (t: Pick<TicketSummary, 'excerpt'>) => TICKET_KEY.exec(t.excerpt)?.[1] ?? t.excerpt;

const lognormalWorkdays = (draw: Draw, spec: { medianWorkdays: number; spread: number }) =>
  Math.max(0, Math.round(spec.medianWorkdays * Math.exp(spec.spread * normal(draw)) - 0.5));

async function allTickets(context: RequestContext, world: World, status: TicketStatus): Promise<TicketSummary[]> {
  const tickets = await readAllPages((cursor) =>
    world.services.hotline.listTickets(context, { status, cursor, limit: 100 }),
  );
  return (tickets as TicketSummary[]).sort((a, b) => keyOfTicket(a).localeCompare(keyOfTicket(b)));
}

// ------------------------------------------------------------------ 12345 intake

/** Calls and web messages of a day (the hotline runs every day, its morning here), each answered on the spot or dispatched. */
export const ticketIntakeBehaviour: Behaviour = {
  name: '12345 intake',
  async onDay({ day, at, world }) {
    const { profile, run } = world;
    const month = Number(day.slice(5, 7)) - 1;
    const mean =
      (profile.annualApplications.value *
        run.scale *
        profile.hotline.ticketsPerApplication *
        profile.seasonality.months[month]!) /
      365;
    const count = poisson(keyed(run.seed, 'tickets', day), mean);
    const cities = world.cities.map((c) => [c, profile.cities.find((p) => p.code === c.code)!.population] as const);
    for (let i = 0; i < count; i++) {
      const key = `T${day.replaceAll('-', '')}${String(i).padStart(4, '0')}`;
      const draw = keyed(run.seed, 'ticket', key);
      const city = pickWeighted(draw, cities);
      const county = pickWeighted(
        draw,
        city.counties.map((c) => [c, c.weight] as const),
      );
      const residents = world.caches.residents.get(county.code) ?? (await loadResidents(world, county.code, day));
      if (residents.length === 0) continue;
      const resident = residents[draw.int(residents.length)]!;
      const kind = pickWeighted(draw, Object.entries(profile.hotline.kinds) as [TicketKind, number][]);
      const category = pickWeighted(
        draw,
        Object.entries(profile.hotline.categories).map(([c, v]) => [c as TicketCategory, v ?? 0] as const),
      );
      const web = draw.next() < profile.hotline.channels.web;
      const topic = TOPICS[draw.int(TOPICS.length)]!;
      const text = `【模拟${key}】${kind === 'consultation' ? topic.text : KIND_TEXT[kind]}`;
      const onSpot = kind === 'consultation' && !web && draw.next() < profile.hotline.answeredOnSpot;
      const anonymous = kind === 'report' && draw.next() < 0.5;
      const minute = 8 * 60 + 30 + Math.floor((i * 3 * 60) / Math.max(count, 1));
      at(`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
      const operator = world.staff.get(city.code)!.operator;
      await attempt(world, '12345 intake', async () => {
        if (web) {
          const person = await accountOf(world, resident);
          await world.services.hotline.fileOwn(person, {
            channel: 'web',
            kind,
            category,
            regionCode: county.code,
            text,
            anonymous: false,
            contactConsent: true,
          });
          world.counters.tickets += 1;
          return;
        }
        // The operator types while the caller speaks; the knowledge base suggests the answer.
        const hit = onSpot
          ? (await world.services.hotline.searchArticles(operator, { q: topic.q, limit: 1 }))[0]
          : null;
        await world.services.hotline.intake(operator, {
          channel: 'phone',
          kind,
          category,
          regionCode: county.code,
          callerName: resident.name,
          callerPhone: phoneOf(world, resident.idNumber),
          text,
          anonymous,
          contactConsent: !anonymous,
          ...(hit ? { answer: { articleId: hit.id, answer: hit.excerpt } } : { dispatch: {} }),
        });
        world.counters.tickets += 1;
        if (hit) world.counters.answeredOnSpot += 1;
      });
    }
  },
};

async function loadResidents(world: World, county: string, day: string): Promise<Resident[]> {
  const bornBy = `${Number(day.slice(0, 4)) - 20}${day.slice(4)}`;
  const found = await world.services.registries.adultsOfRegion(county, bornBy, 200);
  world.caches.residents.set(county, found);
  return found;
}

// ------------------------------------------------------------------ 12345 handling

/** The departments sign, return misrouted tickets and reply when their work is done (working days). */
export const ticketDepartmentBehaviour: Behaviour = {
  name: '12345 departments',
  async onDay({ day, workday, at, world }) {
    if (!workday) return;
    at('15:30');
    const { hotline } = world.profile;
    const handlers = [...world.cities.map((c) => world.staff.get(c.code)!.cityReviewer), world.provinceHandler];
    for (const handler of handlers) {
      for (const t of await allTickets(handler, world, 'dispatched')) {
        const draw = keyed(world.run.seed, 'ticket-step', keyOfTicket(t), day);
        await attempt(world, '12345 sign', async () => {
          if (draw.next() < hotline.returned) {
            await world.services.hotline.returnTicket(handler, t.id, { reasons: ['该事项不属于本单位职责（模拟）'] });
            world.counters.ticketsReturned += 1;
          } else if (draw.next() >= hotline.signedNextDay) await world.services.hotline.sign(handler, t.id);
        });
      }
      for (const t of await allTickets(handler, world, 'signed')) {
        const needs = lognormalWorkdays(keyed(world.run.seed, 'ticket-reply', keyOfTicket(t)), hotline.reply);
        await attempt(world, '12345 reply', async () => {
          const ticket = await world.services.hotline.getTicket(handler, t.id);
          const elapsed = ticket.clocks.reply?.elapsedWorkdays ?? 0;
          const limit = (ticket.clocks.reply?.limitDays ?? 5) + (ticket.clocks.reply?.extendedDays ?? 0);
          if (elapsed >= needs) {
            await world.services.hotline.reply(handler, t.id, {
              reply: '经核实，已按规定处理并向来电人说明情况（模拟）',
            });
            world.counters.ticketsReplied += 1;
          } else if (needs > limit && !ticket.extension && (ticket.clocks.reply?.remainingWorkdays ?? 99) <= 1)
            await world.services.hotline.requestExtension(handler, t.id, {
              days: Math.min(10, needs - limit + 1),
              reason: '需协调多个部门现场核实（模拟）',
            });
        });
      }
    }
  },
};

/** The centre dispatches web messages, decides returns and extensions, and calls back after each reply (回访). */
export const ticketCentreBehaviour: Behaviour = {
  name: '12345 centre',
  async onDay({ day, workday, at, world }) {
    if (!workday) return;
    at('16:00');
    const { hotline } = world.profile;
    for (const city of world.cities) {
      const operator = world.staff.get(city.code)!.operator;
      for (const t of await allTickets(operator, world, 'registered'))
        await attempt(world, '12345 dispatch', async () => {
          await world.services.hotline.dispatch(operator, t.id, {});
        });
      await repeatCalls(world, operator, day);
      for (const t of await allTickets(operator, world, 'returned')) {
        const draw = keyed(world.run.seed, 'ticket-return', keyOfTicket(t), day);
        await attempt(world, '12345 return decision', async () => {
          const others = (await world.services.network.listDepartments({ region: t.regionCode })).filter(
            (d) => d.id !== t.department?.id,
          );
          if (draw.next() < hotline.returnAccepted && others.length > 0)
            await world.services.hotline.decideReturn(operator, t.id, {
              decision: 'accept',
              reason: '经核实属该部门职责，改派（模拟）',
              departmentId: others[draw.int(others.length)]!.id,
            });
          else
            await world.services.hotline.decideReturn(operator, t.id, {
              decision: 'reject',
              reason: '经核实属贵单位职责，请办理（模拟）',
            });
        });
      }
      for (const t of await allTickets(operator, world, 'signed')) {
        // Only a ticket whose reply takes longer than its limit has an extension to decide.
        const needs = lognormalWorkdays(keyed(world.run.seed, 'ticket-reply', keyOfTicket(t)), hotline.reply);
        if (needs <= 5) continue;
        await attempt(world, '12345 extension decision', async () => {
          const ticket = await world.services.hotline.getTicket(operator, t.id);
          if (ticket.extension?.status === 'requested')
            await world.services.hotline.decideExtension(operator, t.id, {
              approve: true,
              reason: '情况属实，同意延期',
            });
        });
      }
      for (const t of await allTickets(operator, world, 'replied')) {
        const draw = keyed(world.run.seed, 'ticket-revisit', keyOfTicket(t), day);
        const satisfied = draw.next() >= hotline.unsatisfiedRevisit;
        await attempt(world, '12345 revisit', async () => {
          await world.services.hotline.revisit(operator, t.id, {
            solved: satisfied,
            satisfied,
            note: satisfied ? '来电人表示满意' : '来电人表示问题未解决，要求重办',
          });
          if (satisfied) world.counters.ticketsClosed += 1;
          else world.counters.ticketsReopened += 1;
        });
      }
    }
  },
};

/**
 * Some callers ring again about a matter already in hand; the operator takes the call and merges
 * the repeat into the open ticket (the merge tells the caller, and the reply reaches them too).
 * Whether a ticket's caller rings again is drawn once per ticket; the repeat comes on the first
 * working day the ticket is with its department, and only once.
 */
async function repeatCalls(world: World, operator: RequestContext, day: string) {
  const rate = world.profile.hotline.repeatCall;
  if (rate <= 0) return;
  const open = [...(await allTickets(operator, world, 'dispatched')), ...(await allTickets(operator, world, 'signed'))];
  for (const t of open) {
    const key = keyOfTicket(t);
    // The caller rings again on a later day, not within the hour.
    // Only the calls the simulator placed itself (a rating's follow-up is the rater's own matter).
    if (!/^T\d+$/.test(key) || chinaDate(new Date(t.createdAt)) >= day) continue;
    if (keyed(world.run.seed, 'ticket-repeat', key).next() >= rate) continue;
    await attempt(world, '12345 repeat call', async () => {
      // The operator's screen: the caller's earlier tickets, this one among them.
      const original = await world.services.hotline.getTicket(operator, t.id);
      if (original.mergedCount > 0) return;
      const repeat = await world.services.hotline.intake(operator, {
        channel: 'phone',
        kind: original.kind,
        category: original.category,
        regionCode: original.regionCode,
        callerName: original.caller.name ?? '来电人',
        callerPhone: original.caller.phone!,
        text: `【模拟${key}R】再次来电询问工单 ${original.ticketNumber} 的办理进度`,
        anonymous: original.anonymous,
        contactConsent: original.contactConsent,
      });
      world.counters.tickets += 1;
      await world.services.hotline.merge(operator, repeat.id, {
        intoTicketId: original.id,
        reason: '同一来电人就同一事项再次来电（模拟）',
      });
      world.counters.ticketsMerged += 1;
    });
  }
}

// ------------------------------------------------------------------ deliveries and 好差评

const GOOD_REASONS: RatingReason[] = ['fast', 'attitude_good', 'guidance_clear', 'one_visit'];
const BAD_REASONS: RatingReason[] = ['slow', 'attitude_bad', 'guidance_unclear', 'repeated_visits'];

/** The applicant of a case, as a resident the simulator knows (reading their county's residents if needed). */
async function applicantOf(world: World, facts: { applicantId: string; regionCode: string }, day: string) {
  return (
    residentById(world, facts.applicantId) ??
    (await loadResidents(world, facts.regionCode, day)).find((r) => r.idNumber === facts.applicantId) ??
    null
  );
}

/**
 * In the evening of a day on which cases completed: results to pick up are handed over at the
 * window (a visit), and a share of applicants rate the service — at the hall's rating screen when
 * they came, from the SMS link otherwise.
 */
export const ratingBehaviour: Behaviour = {
  name: 'deliveries and ratings',
  async onDay({ day, at, world }) {
    if (world.decidedToday.size === 0) return;
    at('17:30');
    const { ratings } = world.profile;
    // In the order of the case numbers (the cases' ids are the platform's random draws): the
    // ratings, and the ids drawn for them, come in the same order in every run with the seed.
    const completed = [];
    for (const caseId of world.decidedToday) {
      const facts = await world.services.cases.caseFacts(caseId);
      if (facts && facts.status === 'completed' && facts.caseNumber) completed.push({ caseId, facts });
    }
    completed.sort((a, b) => a.facts.caseNumber!.localeCompare(b.facts.caseNumber!));
    for (const { caseId, facts } of completed) {
      if (!facts.caseNumber) continue;
      const clerk = world.staff.get(facts.regionCode.slice(0, 4))?.clerk;
      if (!clerk) continue;
      let pickedUp = false;
      await attempt(world, 'delivery', async () => {
        const full = await world.services.cases.getCase(clerk, caseId);
        if (full.delivery?.status !== 'ready') return;
        if (full.delivery.method === 'mail') {
          // The window posts the result by EMS the day it is ready; the SMS tells the tracking number.
          await world.services.cases.deliver(clerk, caseId, {
            trackingNumber: emsTrackingNumber(world.run.seed, facts.caseNumber!),
          });
          world.counters.delivered += 1;
          world.counters.mailed += 1;
          return;
        }
        if (full.delivery.method !== 'pickup') return;
        await world.services.cases.deliver(clerk, caseId, {});
        world.counters.delivered += 1;
        pickedUp = true;
      });
      const draw = keyed(world.run.seed, 'rating', facts.caseNumber);
      if (draw.next() >= ratings.rated || facts.applicantKind !== 'person') continue;
      const level = pickWeighted(
        draw,
        ratings.levels.map((share, i) => [i + 1, share] as const),
      ) as 1 | 2 | 3 | 4 | 5;
      const bad = level >= 4;
      const reasons = bad
        ? [BAD_REASONS[draw.int(BAD_REASONS.length)]!]
        : [GOOD_REASONS[draw.int(GOOD_REASONS.length)]!];
      // Who came to pick the result up rates at the hall's screen (一次一评), most others from the SMS link.
      const hall = world.cities.flatMap((c) => c.counties).find((c) => c.code === facts.regionCode.slice(0, 6))?.hall;
      const atHall = pickedUp && hall !== undefined && draw.next() < ratings.atHall;
      const followUp = bad && draw.next() < ratings.followUpWhenBad;
      await attempt(world, 'rating', async () => {
        const resident = await applicantOf(world, facts, day);
        if (!resident) return;
        const person = await accountOf(world, resident);
        await world.services.ratings.rate(person, {
          caseId,
          channel: atHall ? 'hall' : 'sms',
          ...(atHall ? { servicePointId: hall, window: '1号窗口' } : {}),
          level,
          reasons,
          comment: `办件 ${facts.caseNumber}：${bad ? '等待时间较长，希望改进' : '办理顺利'}（模拟）`,
          followUp,
        });
        world.counters.ratings += 1;
        if (bad) world.counters.badRatings += 1;
      });
    }
  },
};

/** Bad ratings under a real name: the department calls back and fixes, the desk verifies, the rater confirms. */
export const rectificationBehaviour: Behaviour = {
  name: 'rectification',
  async onDay({ day, workday, at, world }) {
    if (!workday) return;
    at('14:00');
    const { ratings } = world.profile;
    for (const city of world.cities) {
      const staff = world.staff.get(city.code)!;
      const open = await readAllPages((cursor) =>
        world.services.ratings.listRatings(staff.desk, { status: 'open', cursor, limit: 100 }),
      );
      for (const r of [...open].sort((a, b) => a.comment.localeCompare(b.comment))) {
        const draw = keyed(world.run.seed, 'rectification', r.comment);
        const department = staff.cityReviewer;
        // A few bad ratings the department holds to be malicious: it appeals, once; the call-back
        // and the rectification go on meanwhile (an appeal suspends nothing).
        if (
          r.rectificationStatus === 'callback_pending' &&
          !r.appealPending &&
          keyed(world.run.seed, 'appeal', r.comment).next() < ratings.appealed
        ) {
          await attempt(world, 'rating appeal', async () => {
            const rating = await world.services.ratings.getRating(staff.desk, r.id);
            if (rating.appeals.length > 0 || !rating.departmentId) return;
            // Its head of section (the department's first staff member) appeals.
            const [appealer] = await departmentStaffOf(world, rating.departmentId);
            await world.services.ratings.appeal(appealer!, r.id, {
              reason: '评价人与本单位存在其他纠纷，评价内容与办件无关，属恶意评价（模拟）',
            });
            world.counters.appeals += 1;
          });
        }
        await attempt(world, 'rectification', async () => {
          if (r.rectificationStatus === 'callback_pending' && r.createdOn < day)
            await world.services.ratings.callback(department, r.id, {
              note: '已电话回访评价人，了解不满意原因（模拟）',
            });
          else if (
            r.rectificationStatus === 'rectifying' &&
            (await workdaysSince(world, r.createdOn, day)) >= lognormalWorkdays(draw, ratings.rectification)
          )
            await world.services.ratings.submitEvidence(department, r.id, {
              evidence: '已调整窗口人员配置并对相关人员培训，附整改记录（模拟）',
            });
          else if (r.rectificationStatus === 'submitted')
            await world.services.ratings.verify(staff.desk, r.id, { accept: true, note: '整改到位' });
          else if (r.rectificationStatus === 'verified') {
            const rating = await world.services.ratings.getRating(staff.desk, r.id);
            const facts = rating.caseId ? await world.services.cases.caseFacts(rating.caseId) : null;
            const resident = facts ? await applicantOf(world, facts, day) : null;
            if (!resident) return;
            draw.next();
            await world.services.ratings.confirm(await accountOf(world, resident), r.id, {
              accepted: draw.next() < ratings.raterConfirms,
            });
            world.counters.rectified += 1;
          }
        });
      }
    }
  },
};

/**
 * Late in the day the rating desk reviews the appeals against ratings with reasons: most are
 * rejected; an upheld one keeps the rating, which only leaves the figures (a rating is never deleted).
 */
export const appealReviewBehaviour: Behaviour = {
  name: 'rating appeals',
  async onDay({ workday, at, world }) {
    if (!workday) return;
    at('16:30');
    const { ratings } = world.profile;
    for (const city of world.cities) {
      const desk = world.staff.get(city.code)!.desk;
      const open = await readAllPages((cursor) =>
        world.services.ratings.listRatings(desk, { status: 'open', cursor, limit: 100 }),
      );
      for (const r of [...open].filter((x) => x.appealPending).sort((a, b) => a.comment.localeCompare(b.comment))) {
        const uphold = keyed(world.run.seed, 'appeal-review', r.comment).next() < ratings.appealUpheld;
        await attempt(world, 'rating appeal review', async () => {
          await world.services.ratings.reviewAppeal(desk, r.id, {
            uphold,
            reason: uphold
              ? '经调阅办件记录与回访录音，评价内容与办件无关，认定为恶意评价，不计入统计（评价保留）（模拟）'
              : '经调阅办件记录与回访录音，评价反映的问题属实，申诉不予支持，请按期整改（模拟）',
          });
          world.counters.appealsReviewed += 1;
          if (uphold) world.counters.appealsUpheld += 1;
        });
      }
    }
  },
};
