import type { Indicator } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import type { Template, TemplateIndicator } from '../model/template.js';
import { isTrackId, TRACKS } from '../templates/tracks.js';
import { arr, type DrawContext, str } from './context.js';
import { type Chain, chainBoxes } from './draw-chain.js';
import { indicatorLine, templateIndicatorLine } from './indicator-text.js';

/** Title lines of a chain: its name, then its template and the template's track if known. */
function titleLines(ctx: DrawContext, name: string, templateId: string, track: string): string[] {
  const lines = [name];
  const en = ctx.lang === 'en';
  if (templateId) {
    const t = ctx.templates.get(templateId);
    lines.push(ctx.words.template(t ? (en && str(t.nameEn)) || str(t.name) : templateId));
    track ||= t ? str(t.track) : '';
  }
  if (track) lines.push(ctx.words.track(isTrackId(track) ? TRACKS[track][ctx.lang] : track));
  return lines;
}

/** A plan as a chain to draw. */
export function planChain(ctx: DrawContext, plan: Plan): Chain {
  return {
    id: str(plan.id),
    title: titleLines(ctx, str(plan.name), str(plan.template), ''),
    boxes: chainBoxes(plan.boxes, (box, level, id) => {
      const lines = [str(box.text)];
      if (ctx.showIndicators)
        for (const i of arr<Indicator>(box.indicators)) if (i) lines.push(indicatorLine(i));
      return { id, level, lines, placeholder: box.placeholder === true };
    }),
    links: arr(plan.links),
  };
}

/** A template as a chain to draw; English texts are used where the template has them. */
export function templateChain(ctx: DrawContext, template: Template): Chain {
  const en = ctx.lang === 'en';
  return {
    id: str(template.id),
    title: titleLines(ctx, (en && str(template.nameEn)) || str(template.name), '', str(template.track)),
    boxes: chainBoxes(template.boxes, (box, level, id) => {
      const lines = [(en && str(box.textEn)) || str(box.text)];
      if (ctx.showIndicators) {
        for (const i of arr<TemplateIndicator>(box.indicators)) {
          if (i) lines.push(templateIndicatorLine(i, en, ctx.words.mandatory));
        }
      }
      return { id, level, lines, placeholder: box.placeholder === true };
    }),
    links: arr(template.links),
  };
}
