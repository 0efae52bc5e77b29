import type { Evaluation } from '@yici/contracts';
import { chinaDate } from '../../platform/clock';
import type { SealedReportRenderer } from '../certificates/certificates.sealed-report';

const LEFT = 56;
const RIGHT = 539;
const BOTTOM = 780;
const fmt = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));

/**
 * The evaluation report as a PDF: ranking, first-level scores per city, every second-level
 * indicator's values, the definitions and rules, stamped with the platform's seal.
 */
export function renderEvaluationPdf(evaluation: Evaluation, render: SealedReportRenderer): Promise<Buffer> {
  return render({ title: evaluation.title, subject: `营商环境评价 ${evaluation.year}` }, (doc, drawing) => {
    const levels = evaluation.system.firstLevels;
    let y = 56;
    const ensure = (height: number) => {
      if (y + height > BOTTOM) {
        doc.addPage();
        doc.font(drawing.fontName);
        y = 56;
      }
    };
    const row = (cells: string[], widths: number[], size = 8.5, colour = '#1f1f1f') => {
      ensure(16);
      let x = LEFT;
      doc.fontSize(size).fillColor(colour);
      cells.forEach((cell, i) => {
        doc.text(cell, x + 2, y + 3, { width: widths[i]! - 4, lineBreak: false, ellipsis: true });
        x += widths[i]!;
      });
      doc
        .moveTo(LEFT, y + 15)
        .lineTo(RIGHT, y + 15)
        .strokeColor('#d9d9d9')
        .lineWidth(0.5)
        .stroke();
      y += 16;
    };
    const heading = (text: string) => {
      ensure(30);
      y += 8;
      doc.fontSize(12).fillColor('#1f1f1f').text(text, LEFT, y);
      y += 20;
    };

    doc
      .fontSize(18)
      .fillColor('#1f1f1f')
      .text(evaluation.title, LEFT, y, { width: RIGHT - LEFT, align: 'center' });
    y += 30;
    doc
      .fontSize(9)
      .fillColor('#6b6b6b')
      .text(
        `评价城市 ${evaluation.cities.length} 个 · 实测办件 ${evaluation.casesMeasured} 件 · 指标体系：${evaluation.system.name}`,
        LEFT,
        y,
        { width: RIGHT - LEFT, align: 'center' },
      );
    y += 24;

    heading('一、总分与排名');
    const levelWidth = Math.floor((RIGHT - LEFT - 190) / levels.length);
    const widths = [40, 70, 50, 30, ...levels.map(() => levelWidth)];
    row(['名次', '城市', '总分', '同比', ...levels.map((l) => l.name)], widths, 8, '#5a4a2f');
    for (const city of evaluation.cities) {
      const change =
        city.previous && city.previous.total !== null && city.total !== null
          ? `${city.total - city.previous.total >= 0 ? '+' : ''}${(city.total - city.previous.total).toFixed(1)}`
          : '—';
      row(
        [
          city.rank === null ? '不排名' : String(city.rank),
          city.name,
          `${fmt(city.total)}${city.complete ? '' : '*'}`,
          change,
          ...levels.map((l) => fmt(city.firstLevels.find((x) => x.key === l.key)?.score ?? null, 1)),
        ],
        widths,
      );
    }
    doc.fontSize(7.5).fillColor('#6b6b6b');
    ensure(14);
    doc.text('* 数据不完整，不参与排名。', LEFT, y + 2);
    y += 14;

    heading('二、二级指标实际值（得分）');
    const cityWidth = 62;
    for (const indicator of evaluation.system.indicators) {
      ensure(40);
      doc
        .fontSize(9)
        .fillColor('#1f1f1f')
        .text(
          `${indicator.name}（${indicator.unit}；${indicator.source === 'measured' ? '平台办件实测' : '调查数据导入'}；最优 ${indicator.best}，最差 ${indicator.worst}）`,
          LEFT,
          y,
          { width: RIGHT - LEFT },
        );
      y += 14;
      const perLine = Math.floor((RIGHT - LEFT) / cityWidth);
      for (let i = 0; i < evaluation.cities.length; i += perLine) {
        const slice = evaluation.cities.slice(i, i + perLine);
        row(
          slice.map((city) => {
            const v = city.indicators.find((x) => x.key === indicator.key);
            return `${city.name} ${v?.value === null || !v ? '—' : `${fmt(v.value, 1)}（${fmt(v.score, 0)}）`}`;
          }),
          slice.map(() => cityWidth),
          7,
        );
      }
    }
    if (evaluation.indicatorsLeftOut.length > 0) {
      heading('未计入的指标');
      for (const left of evaluation.indicatorsLeftOut) {
        const name = evaluation.system.indicators.find((i) => i.key === left.key)?.name ?? left.key;
        row([`${name}：${left.reason}`], [RIGHT - LEFT]);
      }
    }

    heading('三、口径与规则');
    for (const definition of evaluation.definitions) {
      ensure(40);
      doc
        .fontSize(8.5)
        .fillColor('#1f1f1f')
        .text(`${definition.term}：${definition.text}`, LEFT, y, { width: RIGHT - LEFT });
      y = doc.y + 6;
    }
    ensure(130);
    y += 20;
    doc
      .fontSize(10)
      .fillColor('#1f1f1f')
      .text('山东省政务服务平台', RIGHT - 180, y + 30, { width: 160, align: 'center' });
    doc.text(chinaDate(new Date(evaluation.createdAt)), RIGHT - 180, y + 48, { width: 160, align: 'center' });
    drawing.stampSeal(RIGHT - 100, y + 42);
  });
}
