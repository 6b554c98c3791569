import type { ComponentChildren } from 'preact';

/** A page that says what will live here, until the feature lands. */
export function Placeholder({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main class="page">
      <h1>{title}</h1>
      {children}
    </main>
  );
}
