import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '@/utils/reader-context';

// The content script's context (utils/reader-context.ts, in place of WXT's): silent to the
// page, and stopped only by what the extension controls. The page-side view is end to end in
// tests/e2e/trust-unseen.e2e.ts.
describe("the reader's context", () => {
  it('says nothing to the page when it starts', () => {
    const heard = vi.fn();
    window.addEventListener('message', heard);
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const post = vi.spyOn(window, 'postMessage');
    new ContentScriptContext('silent');
    expect(dispatch).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
  });

  it('keeps running when the page forges the event WXT obeyed', () => {
    const ctx = new ContentScriptContext('linkedin');
    const name = `${browser.runtime.id}:linkedin:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }));
    window.postMessage({ type: name, contentScriptName: 'linkedin', messageId: 'forged' }, '*');
    expect(ctx.isValid).toBe(true);
  });

  it('is retired by a newer copy of the same script, which keeps running', () => {
    const older = new ContentScriptContext('reader');
    const retired = vi.fn();
    older.onInvalidated(retired);
    const newer = new ContentScriptContext('reader');
    expect(retired).toHaveBeenCalledOnce();
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
  });
});
