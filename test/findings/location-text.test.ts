import { describe, expect, it } from 'vitest';
import { locationText } from '../../src/findings/format.js';

describe('locationText for workbooks', () => {
  it('prints sheet and cell', () => {
    expect(locationText({ file: 'a.xlsx', sheet: 'Rutor', row: 3, cell: 'C3' })).toBe('a.xlsx#Rutor!C3');
  });

  it('prints the row of a finding about a whole row, as Excel names a row', () => {
    expect(
      locationText({ file: 'a.xlsx', sheet: 'Målkopplingar', row: 5, path: ['plans', 0, 'goalLinks', 2] }),
    ).toBe('a.xlsx#Målkopplingar!5:5 plans[0].goalLinks[2]');
  });

  it('prints the sheet alone when neither row nor cell is known', () => {
    expect(locationText({ sheet: 'Planer' })).toBe('#Planer');
  });
});
