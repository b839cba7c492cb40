/** A stylesheet imported as its minified text (build.mjs and Vite both serve `?inline`). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
