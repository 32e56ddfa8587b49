import { css } from '../shared/css.js';
import { visuallyHidden } from '../shared/styles.js';

export const gouvernanceTableStyles = css`
  :host {
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.25em 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.375em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375em 0.625em;
    border: 1px solid var(--boite-border, color-mix(in srgb, currentColor 35%, transparent));
  }
  thead th {
    background: var(--boite-table-head, color-mix(in srgb, currentColor 8%, transparent));
  }
  tbody th {
    inline-size: 30%;
  }
  .notes-title {
    font-weight: 600;
    margin-block: 0.75em 0.25em;
  }
  /* Narrow widths: each row becomes a block (header cell above its cell). The elements carry explicit
     table roles, so assistive technology still reads a table whose display is no longer 'table'. */
  @container (max-width: 30rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      ${visuallyHidden}
    }
    tr {
      border: 1px solid var(--boite-border, color-mix(in srgb, currentColor 35%, transparent));
      margin-block-end: 0.5em;
    }
    tbody th,
    td {
      border: 0;
      inline-size: auto;
    }
    tbody th {
      padding-block-end: 0;
    }
  }
  @media (forced-colors: active) {
    th,
    td,
    tr {
      border-color: CanvasText;
    }
  }
`;
