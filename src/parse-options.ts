/** What `parseAtlas` and `parseAtlasAsync` may be told about their input. */
export interface ParseAtlasOptions {
  /**
   * The input is what `JSON.parse` just returned and nothing else holds it (a document read from a
   * file or a response): it is then checked in place instead of being copied first, frozen (even
   * when it turns out invalid), and becomes the `Atlas`'s own data. Leave it out for an object your
   * code keeps using: that one is copied, so that nothing you do to it later changes the `Atlas`,
   * and nothing odd in it (getters, proxies, cycles) can trip the validation.
   */
  owned?: boolean;
}
