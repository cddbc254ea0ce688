// The YAML inputs of the memory table in docs/security.md, written so a child process can build
// them: each is `size` characters, with as many nodes as maxYamlNodes lets through (the worst case
// per byte: the YAML readers cost per node, not per byte).
export const YAML_INPUT = `
const input = (kind, size) => {
  const nodes = kind === 'anchors-within' ? 49_980 : 499_000;
  const scalar = Math.max(1, Math.floor(size / nodes) - 1);
  const item = '1'.repeat(scalar);
  let head = 'formatVersion: 1\\n';
  if (kind === 'findings') head += 'okänd: 1\\nregion: [1]\\n';
  if (kind.startsWith('anchors')) head += 'x-b: &ankare 1\\nx-c: *ankare\\n';
  const room = size - head.length - 8;
  const count = Math.min(nodes - 10, Math.floor(room / (scalar + 1)));
  let text = head + 'x-a: [' + Array(count).fill(item).join(',') + ']\\n';
  if (text.length < size) text += '#' + ' '.repeat(size - text.length - 2) + '\\n';
  return text;
};`;
