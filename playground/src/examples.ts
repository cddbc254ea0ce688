import gotland from '../../examples/gotland-besoksnaring.yaml?raw';
import kronoberg from '../../examples/kronoberg.yaml?raw';

/** A bundled example document. */
export interface Example {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** The examples shipped with the repository, bundled into the page. */
export const EXAMPLES: readonly Example[] = [
  { id: 'kronoberg', name: 'Region Kronoberg', text: kronoberg },
  { id: 'gotland-besoksnaring', name: 'Region Gotland – Besöksnäring', text: gotland },
];
