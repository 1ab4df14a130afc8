// Korean particles that depend on the word before them: 은/는, 이/가, 을/를, 와/과, (으)로.
// Chosen from how the last character is read, so messages read as written Korean.

const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false]; // 영 일 이 삼 사 오 육 칠 팔 구
const DIGIT_FINAL_RIEUL = [false, true, false, false, false, false, false, true, true, false]; // 일 칠 팔

function lastReadable(word: string): string {
  const t = word.replace(/['"’‘」』)\]\s.]+$/u, '');
  return t.slice(-1);
}

export type Particle = '은' | '이' | '을' | '과' | '으로' | '이어야';

// How the words we quote most often are read aloud (their last syllable).
const READ_AS: Record<string, string> = { true: '루', false: '스', yes: '스', no: '노', on: '온', off: '프', y: '이', n: '엔', null: '널' };

/** Whether the last sound has a final consonant (받침) and whether that is ㄹ; undefined when we
 *  cannot tell how the word is read (most Latin words), so both forms are printed. */
function finalOf(word: string): { has: boolean; rieul: boolean } | undefined {
  const bare = word.replace(/^['"‘]+|['"’]+$/gu, '');
  const lower = bare.toLowerCase();
  // Own keys only: `constructor` or `__proto__` is a word to read, not a property of every object.
  const read = Object.hasOwn(READ_AS, lower) ? READ_AS[lower] : undefined;
  const ch = read ?? lastReadable(word);
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return { has: jong !== 0, rieul: jong === 8 };
  }
  if (/[0-9]/.test(ch)) {
    const d = Number(ch);
    return { has: DIGIT_HAS_FINAL[d]!, rieul: DIGIT_FINAL_RIEUL[d]! };
  }
  if (/[a-z]/i.test(ch)) return undefined;
  return { has: false, rieul: false };
}

const BOTH: Record<Particle, string> = { 은: '은(는)', 이: '이(가)', 을: '을(를)', 과: '과(와)', 으로: '(으)로', 이어야: '이어야(여야)' };


/** `word` followed by the right form of the particle: josa("'337,200'", '은') → "'337,200'은". */
export function josa(word: string, particle: Particle): string {
  const f = finalOf(word);
  if (!f) return word + BOTH[particle];
  const { has, rieul } = f;
  switch (particle) {
    case '은':
      return word + (has ? '은' : '는');
    case '이':
      return word + (has ? '이' : '가');
    case '을':
      return word + (has ? '을' : '를');
    case '과':
      return word + (has ? '과' : '와');
    case '으로':
      return word + (has && !rieul ? '으로' : '로');
    case '이어야':
      return word + (has ? '이어야' : '여야');
  }
}
