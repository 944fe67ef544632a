// `preview.ts` imports its stylesheet for Vite to bundle: a side-effect import, with no exports to type.
declare module '*.css';
