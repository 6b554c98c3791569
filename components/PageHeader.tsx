/** A full page's heading, with the one link to the other page (the dashboard ↔ Me). */
export function PageHeader({ title, link, linkText }: { title: string; link: string; linkText: string }) {
  return (
    <header class="page-header">
      <h1>{title}</h1>
      <a class="button secondary" href={link}>
        {linkText}
      </a>
    </header>
  );
}
