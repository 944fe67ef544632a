<?php
/**
 * The elements and their documented attributes, from elements.json (written by
 * `npm run build:wordpress` from custom-elements.json), and the one way an element is printed:
 * attributes checked against that list, values sanitized and escaped.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements: `project-card` => array( 'tag', 'title', 'description', 'attributes' => array( name => array( 'type', 'values'?, 'default'?, 'description' ) ), 'main' => names ).
 *
 * @return array<string, array>
 */
function cityweave_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( CITYWEAVE_DIR . '/elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$elements = json_decode( (string) $json, true );
		if ( ! is_array( $elements ) ) {
			$elements = array();
		}
	}
	return $elements;
}

/** The site's language as a BCP 47 tag (`fr_FR` → `fr-FR`), for elements the content gives no `lang`. */
function cityweave_site_lang() {
	return str_replace( '_', '-', get_locale() );
}

/**
 * One attribute's value, sanitized for its documented type; null when it is not valid (then left out).
 *
 * @param array $spec  The attribute's entry in elements.json.
 * @param mixed $value The value from a shortcode or a block.
 * @return string|bool|null A string, true for a boolean attribute that is set, null to leave it out.
 */
function cityweave_sanitize_attribute( $spec, $value ) {
	switch ( $spec['type'] ) {
		case 'boolean':
			if ( is_bool( $value ) ) {
				return $value ? true : null;
			}
			$v = strtolower( trim( (string) $value ) );
			return in_array( $v, array( '', '1', 'true', 'yes', 'on' ), true ) ? true : null;
		case 'number':
			return is_numeric( $value ) ? (string) ( 0 + $value ) : null;
		case 'enum':
			$v = trim( (string) $value );
			return in_array( $v, $spec['values'], true ) ? $v : null;
		case 'url':
			$v = esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
			return '' === $v ? null : $v;
		case 'url-template':
			// `/fr/projets/{id}`: a path or an http(s) URL; esc_url would drop the braces.
			$v = sanitize_text_field( (string) $value );
			return preg_match( '#^(/|https?://)#i', $v ) ? $v : null;
		default:
			$v = sanitize_text_field( (string) $value );
			return '' === $v ? null : $v;
	}
}

/**
 * The HTML of an element: `<cw-project-card project="tanger-accueil" lang="fr-FR"></cw-project-card>`.
 * Unknown attributes are dropped; `lang` is the site's language when none is given. Enqueues the bundle.
 *
 * @param string $name  An element name (`project-card`).
 * @param array  $attrs Attribute values by name (from a shortcode or a block).
 * @param string $extra Escaped extra attributes for the element (` class="alignwide"`), or ''.
 * @return string
 */
function cityweave_element_html( $name, $attrs, $extra = '' ) {
	$elements = cityweave_elements();
	if ( ! isset( $elements[ $name ] ) ) {
		return '';
	}
	$element = $elements[ $name ];
	if ( empty( $attrs['lang'] ) ) {
		$attrs['lang'] = cityweave_site_lang();
	}
	$html = '<' . $element['tag'];
	foreach ( $element['attributes'] as $attr => $spec ) {
		if ( ! array_key_exists( $attr, $attrs ) ) {
			continue;
		}
		$value = cityweave_sanitize_attribute( $spec, $attrs[ $attr ] );
		if ( true === $value ) {
			$html .= ' ' . $attr;
		} elseif ( null !== $value ) {
			$html .= ' ' . $attr . '="' . esc_attr( $value ) . '"';
		}
	}
	cityweave_enqueue();
	return $html . $extra . '></' . $element['tag'] . '>';
}
