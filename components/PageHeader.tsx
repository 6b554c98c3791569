/**
 * A full page's heading, with the one link to the other page: the dashboard and Me link to each
 * other. Written out, not built from data: only the extension's own two pages are linked here.
 */
export function PageHeader({ title, to, linkText }: { title: string; to: 'dashboard' | 'me'; linkText: string }) {
  return (
    <header class="page-header">
      <h1>{title}</h1>
      {to === 'dashboard' ? (
        <a class="button secondary" href="/dashboard.html">
          {linkText}
        </a>
      ) : (
        <a class="button secondary" href="/options.html">
          {linkText}
        </a>
      )}
    </header>
  );
}
