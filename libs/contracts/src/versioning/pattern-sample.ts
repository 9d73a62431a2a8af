/**
 * A string that matches a contract's `pattern`, for the sample generator. Our patterns are small anchored
 * regular expressions (character classes, groups, alternation, quantifiers), so a small parser covers them;
 * anything it does not understand throws, naming the pattern, rather than yielding a string that does not match.
 */
export interface PatternChoice {
  /** Repeat each quantified part as often as allowed (capped) instead of as rarely. */
  long: boolean;
  /** Which character of a class, and which branch of an alternation, to take. */
  pick: number;
}

type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'alt'; branches: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** An unbounded repetition (`+`, `*`, `{n,}`) repeats at most this many times more than its minimum. */
const UNBOUNDED_EXTRA = 8;
/** Characters a negated class or `.` may choose from: printable ASCII, so samples stay readable. */
const PRINTABLE = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i));

export function sampleForPattern(pattern: string, choice: PatternChoice): string {
  const parser = new PatternParser(pattern);
  const sample = render(parser.parse(), choice);
  if (!new RegExp(pattern, 'u').test(sample)) throw new Error(`cannot sample pattern ${pattern}: made ${JSON.stringify(sample)}`);
  return sample;
}

function render(nodes: Node[], choice: PatternChoice): string {
  return nodes.map((node) => renderOne(node, choice)).join('');
}

function renderOne(node: Node, choice: PatternChoice): string {
  switch (node.kind) {
    case 'chars':
      return node.chars[choice.pick % node.chars.length] ?? '';
    case 'alt':
      return render(node.branches[choice.pick % node.branches.length] ?? [], choice);
    case 'repeat': {
      const times = choice.long ? node.max : node.min;
      return Array.from({ length: times }, (_, i) => renderOne(node.node, { ...choice, pick: choice.pick + i })).join('');
    }
  }
}

class PatternParser {
  private at = 0;
  constructor(private readonly pattern: string) {}

  parse(): Node[] {
    const nodes = this.alternation();
    if (this.at < this.pattern.length) this.fail('an unmatched )');
    return nodes;
  }

  private alternation(): Node[] {
    const branches: Node[][] = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] ?? []) : [{ kind: 'alt', branches }];
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      if (c === '^' || c === '$') {
        this.at++; // anchors: a sample is the whole string anyway
        continue;
      }
      nodes.push(this.quantified(this.atom()));
    }
    return nodes;
  }

  private atom(): Node {
    const c = this.next();
    if (c === '(') {
      if (this.pattern.startsWith('?:', this.at)) this.at += 2;
      else if (this.peek() === '?') this.fail('a lookaround or named group');
      const inner = this.alternation();
      if (this.next() !== ')') this.fail('an unclosed (');
      return { kind: 'alt', branches: [inner] };
    }
    if (c === '[') return { kind: 'chars', chars: this.charClass() };
    if (c === '.') return { kind: 'chars', chars: PRINTABLE };
    if (c === '\\') return { kind: 'chars', chars: this.escape() };
    return { kind: 'chars', chars: [c] };
  }

  private quantified(node: Node): Node {
    const c = this.peek();
    let bounds: [number, number] | undefined;
    if (c === '*') bounds = [0, UNBOUNDED_EXTRA];
    else if (c === '+') bounds = [1, 1 + UNBOUNDED_EXTRA];
    else if (c === '?') bounds = [0, 1];
    else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.at));
      if (!match) this.fail('a malformed {n,m}');
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === '' ? min + UNBOUNDED_EXTRA : Number(match[3]);
      this.at += match[0].length - 1;
      bounds = [min, max];
    }
    if (!bounds) return node;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same strings match
    return { kind: 'repeat', node, min: bounds[0], max: bounds[1] };
  }

  private charClass(): string[] {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const members = new Set<string>();
    for (let first = true; this.peek() !== ']' || first; first = false) {
      if (this.peek() === undefined) this.fail('an unclosed [');
      const from = this.classChar();
      if (this.peek() === '-' && this.pattern[this.at + 1] !== ']') {
        this.at++;
        const to = this.classChar();
        for (let code = codeOf(from); code <= codeOf(to); code++) members.add(String.fromCharCode(code));
      } else from.forEach((ch) => members.add(ch));
    }
    this.at++;
    const chars = negated ? PRINTABLE.filter((ch) => !members.has(ch)) : [...members];
    if (chars.length === 0) this.fail('a class no printable character matches');
    return chars;
  }

  /** One character in a class, or the set an escape such as `\d` stands for. */
  private classChar(): string[] {
    const c = this.next();
    return c === '\\' ? this.escape() : [c];
  }

  private escape(): string[] {
    const c = this.next();
    if (c === 'd') return [...'0123456789'];
    if (c === 'w') return [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];
    if (c === 's') return [' '];
    if (c === 'u') {
      const hex = this.pattern.slice(this.at, this.at + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('a malformed \\u escape');
      this.at += 4;
      return [String.fromCharCode(parseInt(hex, 16))];
    }
    if (/[A-Za-z0-9]/.test(c)) this.fail(`the escape \\${c}`);
    return [c];
  }

  private peek(): string | undefined {
    return this.pattern[this.at];
  }

  private next(): string {
    const c = this.pattern[this.at++];
    if (c === undefined) this.fail('an unexpected end');
    return c;
  }

  private fail(what: string): never {
    throw new Error(`cannot sample pattern ${this.pattern}: ${what} at ${this.at}`);
  }
}

function codeOf(chars: string[]): number {
  const [only] = chars;
  if (chars.length !== 1 || only === undefined) throw new Error('a class range must run between two single characters');
  return only.charCodeAt(0);
}
