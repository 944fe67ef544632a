<?php
/**
 * One shortcode per element: `[cityweave-project-card project="tanger-accueil"]`,
 * `[cityweave-sdg-badge code="10.7" link]`. Attributes are the element's documented ones; a bare
 * word sets a boolean attribute. `align="wide"` or `align="full"` gives the theme's wide widths.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode's attributes as element attributes: bare words (`link`) become `link => true`.
 *
 * @param array|string $atts What WordPress parsed.
 * @return array
 */
function cityweave_shortcode_attributes( $atts ) {
	$out = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$out[ strtolower( (string) $value ) ] = true;
		} else {
			$out[ strtolower( (string) $key ) ] = $value;
		}
	}
	return $out;
}

/** Registers the shortcodes. */
function cityweave_register_shortcodes() {
	foreach ( array_keys( cityweave_elements() ) as $name ) {
		add_shortcode(
			'cityweave-' . $name,
			function ( $atts ) use ( $name ) {
				$attrs = cityweave_shortcode_attributes( $atts );
				$extra = '';
				if ( isset( $attrs['align'] ) && in_array( $attrs['align'], array( 'wide', 'full' ), true ) ) {
					$extra = ' class="align' . esc_attr( $attrs['align'] ) . '"';
				}
				return cityweave_element_html( $name, $attrs, $extra );
			}
		);
	}
}
add_action( 'init', 'cityweave_register_shortcodes' );
