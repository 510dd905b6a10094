import { describe, expect, it } from 'vitest';
import { commandForKey, slideFromUrl } from '../../../src/scripts/deck-controls';

const deck = { overview: true, presenter: true };
const presenter = { overview: false, presenter: false };
const idle = { jumpBuffer: '', overview: false };
const eventFor = (key: string, state = idle, options = deck) => {
  const command = commandForKey({ key }, state, options);
  return command?.type === 'event' ? command.event.type : (command?.type ?? null);
};

describe('keys of the deck and the presenter view', () => {
  it.each([
    ['ArrowRight', 'slide.next'],
    ['ArrowDown', 'slide.next'],
    [' ', 'slide.next'],
    ['PageDown', 'slide.next'],
    ['ArrowLeft', 'slide.previous'],
    ['ArrowUp', 'slide.previous'],
    ['PageUp', 'slide.previous'],
    ['Home', 'slide.first'],
    ['End', 'slide.last'],
    ['7', 'digit.type'],
    ['b', 'screen.blank.toggle'],
    ['B', 'screen.blank.toggle'],
    ['f', 'fullscreen'],
    ['s', 'presenter'],
    ['Escape', 'overview.toggle'],
  ])('%s → %s', (key, expected) => {
    expect(eventFor(key)).toBe(expected);
  });

  it('right to left, the left arrow is next and the right arrow back; Down and Space stay next', () => {
    const rtl = { ...deck, rtl: true };
    expect(eventFor('ArrowLeft', idle, rtl)).toBe('slide.next');
    expect(eventFor('ArrowRight', idle, rtl)).toBe('slide.previous');
    expect(eventFor('ArrowDown', idle, rtl)).toBe('slide.next');
    expect(eventFor(' ', idle, rtl)).toBe('slide.next');
  });

  it('letter shortcuts follow the physical key, so they work on an Arabic keyboard layout', () => {
    const on = (key: string, code: string) => commandForKey({ key, code }, idle, deck);
    expect(on('لا', 'KeyB')).toEqual({ type: 'event', event: { type: 'screen.blank.toggle' } });
    expect(on('ب', 'KeyF')).toEqual({ type: 'fullscreen' });
    expect(on('س', 'KeyS')).toEqual({ type: 'presenter' });
    expect(on('x', 'KeyX')).toBeNull();
  });

  it('Enter commits typed digits and is left alone otherwise; Esc clears them first', () => {
    expect(eventFor('Enter')).toBeNull();
    expect(eventFor('Enter', { jumpBuffer: '10', overview: false })).toBe('digit.commit');
    expect(eventFor('Escape', { jumpBuffer: '1', overview: false })).toBe('digit.clear');
  });

  it('in the overview, arrows move through the grid and Esc closes it', () => {
    const open = { jumpBuffer: '', overview: true };
    expect(commandForKey({ key: 'ArrowRight' }, open, deck)).toEqual({ type: 'overview.move', key: 'ArrowRight' });
    expect(eventFor('Escape', open)).toBe('overview.toggle');
    expect(eventFor('b', open)).toBeNull();
  });

  it('the presenter view has no overview and no S; shortcuts with modifiers are the browser’s', () => {
    expect(eventFor('Escape', idle, presenter)).toBeNull();
    expect(eventFor('s', idle, presenter)).toBeNull();
    expect(eventFor('ArrowRight', idle, presenter)).toBe('slide.next');
    expect(commandForKey({ key: 'f', ctrlKey: true }, idle, deck)).toBeNull();
    expect(commandForKey({ key: 'ArrowLeft', altKey: true }, idle, deck)).toBeNull();
  });
});

describe('slide number in the URL', () => {
  it('reads #12 and ?slide=12', () => {
    expect(slideFromUrl({ hash: '#12', search: '' })).toBe(12);
    expect(slideFromUrl({ hash: '', search: '?slide=12' })).toBe(12);
    expect(slideFromUrl({ hash: '#main', search: '' })).toBeNull();
  });
});
