<?php
/**
 * One block per element (blocks/<name>/block.json, written by the build from the element's
 * documented attributes), rendered on the server as the element, inside the block's wrapper (which
 * carries the wide or full alignment). The editor script (assets/editor.js) gives the sidebar and a
 * live preview through ServerSideRender.
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and the blocks. */
function cityweave_register_blocks() {
	wp_register_script(
		'cityweave-editor',
		plugins_url( 'assets/editor.js', CITYWEAVE_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		CITYWEAVE_VERSION,
		true
	);
	wp_add_inline_script( 'cityweave-editor', 'window.cityweaveElements = ' . wp_json_encode( cityweave_elements() ) . ';', 'before' );
	foreach ( array_keys( cityweave_elements() ) as $name ) {
		register_block_type(
			CITYWEAVE_DIR . '/blocks/' . $name,
			array(
				'render_callback' => function ( $attributes ) use ( $name ) {
					$inner = cityweave_element_html( $name, $attributes );
					return '<div ' . get_block_wrapper_attributes() . '>' . $inner . '</div>';
				},
			)
		);
	}
}
add_action( 'init', 'cityweave_register_blocks' );
