import { css } from '../shared/css.js';

export const freinsListStyles = css`
  ul {
    margin-block-start: 0.25em;
  }
`;
