<?php
/**
 * Lets the `cw-*` elements and their documented attributes through kses, the filter that cleans the
 * content of every role without `unfiltered_html` (authors, editors on a multisite): an author's
 * `<cw-sdg-badge code="10.7">` is kept, not emptied. Scripts stay out: the plugin loads the bundle.
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param array        $allowed The allowed tags and their attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function cityweave_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( cityweave_elements() as $element ) {
		$attributes = array(
			'class' => true,
			'id'    => true,
			'lang'  => true,
			'dir'   => true,
			'title' => true,
		);
		foreach ( array_keys( $element['attributes'] ) as $name ) {
			$attributes[ $name ] = true;
		}
		$allowed[ $element['tag'] ] = $attributes;
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'cityweave_kses_allowed_html', 10, 2 );
