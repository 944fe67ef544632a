<?php
/**
 * The iframe embed (cdn/embed.html?el=project-card&project=…) as an oEmbed provider: pasting such a
 * URL alone on a line of a post (any role) shows the element in an iframe that resizes itself
 * (cdn/embed-resize.js). The site answers oEmbed requests at /wp-json/cityweave/v1/oembed, so that
 * other sites can discover it too; its own pages skip that request (`pre_oembed_result`).
 */

defined( 'ABSPATH' ) || exit;

/** The URL of the embed page, without a query. */
function cityweave_embed_base() {
	return plugins_url( 'cdn/embed.html', CITYWEAVE_FILE );
}

/**
 * The iframe and the resize script for an embed URL, or null when it is not one of ours. The URL is
 * rebuilt from the element's documented attributes only.
 *
 * @param string $url A pasted URL.
 * @return array|null array( 'html', 'height' )
 */
function cityweave_embed_for_url( $url ) {
	$base = cityweave_embed_base();
	$url  = html_entity_decode( trim( (string) $url ) );
	if ( 0 !== strpos( preg_replace( '#^https?:#', '', $url ), preg_replace( '#^https?:#', '', $base ) . '?' ) ) {
		return null;
	}
	parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
	$elements = cityweave_elements();
	$name     = isset( $query['el'] ) ? (string) $query['el'] : '';
	if ( ! isset( $elements[ $name ] ) ) {
		return null;
	}
	$element = $elements[ $name ];
	$params  = array( 'el' => $name );
	foreach ( $element['attributes'] as $attr => $spec ) {
		if ( isset( $query[ $attr ] ) && is_string( $query[ $attr ] ) ) {
			$value = cityweave_sanitize_attribute( $spec, $query[ $attr ] );
			if ( null !== $value ) {
				$params[ $attr ] = true === $value ? '' : $value;
			}
		}
	}
	if ( ! isset( $params['lang'] ) ) {
		$params['lang'] = cityweave_site_lang();
	}
	$height = (int) $element['embedHeight'];
	$src    = $base . '?' . http_build_query( $params, '', '&', PHP_QUERY_RFC3986 );
	$html   = sprintf(
		'<iframe src="%1$s" title="%2$s" data-cityweave loading="lazy" style="width:100%%;border:0" height="%3$d"></iframe><script src="%4$s" async></script>',
		esc_url( $src ),
		esc_attr( $element['title'] ),
		$height,
		esc_url( plugins_url( 'cdn/embed-resize.js', CITYWEAVE_FILE ) )
	);
	return array(
		'html'   => $html,
		'height' => $height,
	);
}

/** Registers the embed URLs as an oEmbed provider (this site's own endpoint). */
function cityweave_register_oembed_provider() {
	wp_oembed_add_provider( cityweave_embed_base() . '?*', rest_url( 'cityweave/v1/oembed' ) );
}
add_action( 'init', 'cityweave_register_oembed_provider' );

/** The oEmbed endpoint: GET /wp-json/cityweave/v1/oembed?url=… (public: it describes a public URL). */
function cityweave_register_oembed_route() {
	register_rest_route(
		'cityweave/v1',
		'/oembed',
		array(
			'methods'             => 'GET',
			'permission_callback' => '__return_true',
			'args'                => array(
				'url'      => array(
					'required' => true,
					'type'     => 'string',
				),
				'maxwidth' => array( 'type' => 'integer' ),
			),
			'callback'            => function ( WP_REST_Request $request ) {
				$embed = cityweave_embed_for_url( $request['url'] );
				if ( ! $embed ) {
					return new WP_Error( 'oembed_invalid_url', 'Not a cityweave embed URL: expected ' . cityweave_embed_base() . '?el=…', array( 'status' => 404 ) );
				}
				return array(
					'version'       => '1.0',
					'type'          => 'rich',
					'provider_name' => 'cityweave',
					'width'         => $request['maxwidth'] ? (int) $request['maxwidth'] : 600,
					'height'        => $embed['height'],
					'html'          => $embed['html'],
				);
			},
		)
	);
}
add_action( 'rest_api_init', 'cityweave_register_oembed_route' );

/** This site's embed URLs, without an HTTP request to itself. */
function cityweave_pre_oembed_result( $result, $url ) {
	$embed = cityweave_embed_for_url( $url );
	return $embed ? $embed['html'] : $result;
}
add_filter( 'pre_oembed_result', 'cityweave_pre_oembed_result', 10, 2 );

/**
 * This site's embed URLs, written again each time a post is shown: WordPress keeps an embed's HTML
 * in the post's meta (a day by default), and that HTML names the site's language of the day it was
 * made (`lang`, when the URL gives none). A site that changes its language, or a multilingual site
 * that shows a page in another, would keep showing the iframe in the old one.
 */
function cityweave_embed_oembed_html( $html, $url ) {
	$embed = cityweave_embed_for_url( $url );
	return $embed ? $embed['html'] : $html;
}
// Early (priority 1): other plugins' filters (a responsive wrapper, a consent screen) then wrap this iframe.
add_filter( 'embed_oembed_html', 'cityweave_embed_oembed_html', 1, 2 );
