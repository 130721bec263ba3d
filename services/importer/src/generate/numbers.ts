import { drawUkStyle, foreignCountries, writeForeignMobile, writeUkMobile } from './phones.js';
import { at, type Random, Scramble, Weighted } from './random.js';

const emailDomains = new Weighted<string>([
  ['gmail.com', 40],
  ['hotmail.co.uk', 15],
  ['outlook.com', 12],
  ['yahoo.co.uk', 10],
  ['icloud.com', 8],
  ['btinternet.com', 5],
  ['live.co.uk', 5],
  ['aol.com', 3],
  ['protonmail.com', 2],
]);

const throwawayDomains = ['protonmail.com', 'outlook.com', 'gmail.com', 'mail.com', 'tutanota.com'];
const throwawayWords = ['payments', 'refunds', 'secure.verify', 'accounts', 'invest', 'crypto.desk', 'support', 'billing', 'helpdesk', 'claims'];

const ukLeads = ['4', '5', '7', '8', '9'];

/** The letters registrations use (never I, Q or Z). */
const plateLetters = 'ABCDEFGHJKLMNOPRSTUVWXY';

/** Lower-case letters only, for the local part of an address. */
const plain = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The national numbering of things that must never repeat by chance: mobile numbers, NHS numbers and
 * email addresses. Each is the n-th value of a scramble, n counting up across the whole run, so two
 * people share a number only where the generator means them to (a county line's deal line, a person
 * recorded twice). One instance serves the whole run, the plan first and then each force in turn.
 */
export class Numbers {
  private ukCount = 0;
  private foreignCount = 0;
  private nhsCount = 0;
  private readonly uk: Scramble;
  private readonly abroad: Scramble;
  private readonly nhsNumbers: Scramble;
  /** Per email domain, and per registration's area letter and age, how many were given and their scramble. */
  private readonly series = new Map<string, { count: number; readonly scramble: Scramble }>();

  constructor(private readonly seed: number) {
    this.uk = new Scramble(50_000, 10_000, seed, 'uk mobile');
    this.abroad = new Scramble(10_000, 10_000, seed, 'foreign mobile');
    this.nhsNumbers = new Scramble(100_000, 10_000, seed, 'nhs');
  }

  /** A UK mobile number never given before, as its 11 national digits ('07712345678'). */
  ukMobile(): string {
    const x = this.uk.at(this.ukCount++);
    return `07${at(ukLeads, Math.floor(x / 100_000_000))}${pad(x % 100_000_000, 8)}`;
  }

  /** A foreign mobile never given before, written in its country's way. */
  foreignMobile(country: string): string {
    return writeForeignMobile(country, pad(this.abroad.at(this.foreignCount++), 8));
  }

  /** Someone's own mobile, written as records write it: a UK number in one of the usual ways, a few oddly or foreign. */
  personalPhone(rng: Random): string {
    if (rng.chance(0.015)) return this.foreignMobile(rng.pick(foreignCountries));
    return writeUkMobile(this.ukMobile(), drawUkStyle(rng));
  }

  /** An NHS number in the POLE example's shape ('117-66-8129'), never given before. */
  nhs(): string {
    const digits = pad(this.nhsNumbers.at(this.nhsCount++), 9);
    return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
  }

  /** A personal email address made from a name, never given before. */
  email(rng: Random, forename: string, surname: string): string {
    const f = plain(forename.split(' ')[0] ?? forename) || 'x';
    const s = plain(surname) || 'x';
    const domain = emailDomains.pick(rng);
    const n = this.suffix(domain);
    switch (rng.below(6)) {
      case 0:
        return `${f}${s}${n}@${domain}`;
      case 1:
        return `${f.slice(0, 1)}${s}${n}@${domain}`;
      case 2:
        return `${f}_${s}${n}@${domain}`;
      case 3:
        return `${s}.${f}${n}@${domain}`;
      case 4:
        return `${f}${n}@${domain}`;
      default:
        return `${f}.${s}${n}@${domain}`;
    }
  }

  /** An address of the kind a fraud is run from ('refunds48213@protonmail.com'), never given before. */
  throwawayEmail(rng: Random): string {
    const domain = rng.pick(throwawayDomains);
    return `${rng.pick(throwawayWords)}${this.suffix(domain)}@${domain}`;
  }

  /**
   * A registration in the current shape ('MA19 XKE') for the area letter and age identifier, never given
   * before (until a series' 279,841 are used up, far beyond any run).
   */
  registration(area: string, age: string): string {
    const n = this.nextIn(`plate ${area}${age}`, 23, 12_167);
    const letter = (i: number): string => plateLetters.charAt(i % 23);
    return `${area}${letter(Math.floor(n / 12_167))}${age} ${letter(Math.floor(n / 529))}${letter(Math.floor(n / 23))}${letter(n)}`;
  }

  /**
   * A number for the end of an address's local part, never the same twice at one domain. The local part
   * is letters (and dots or underscores) then these digits, so distinct digits make distinct addresses.
   */
  private suffix(domain: string): number {
    return this.nextIn(`email ${domain}`, 100, 1_000);
  }

  /** The next of a series numbered through its own scramble of outer × inner, counting on past it. */
  private nextIn(name: string, outer: number, inner: number): number {
    let series = this.series.get(name);
    if (series === undefined) {
      series = { count: 0, scramble: new Scramble(outer, inner, this.seed, name) };
      this.series.set(name, series);
    }
    const count = series.count++;
    const size = series.scramble.size;
    return Math.floor(count / size) * size + series.scramble.at(count % size);
  }
}
