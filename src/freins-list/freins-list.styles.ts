import { css } from 'lit';

export const freinsListStyles = css`
  ul {
    margin-block-start: 0.25em;
  }
`;
