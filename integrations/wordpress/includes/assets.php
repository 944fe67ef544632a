<?php
/**
 * The bundle (cdn/cityweave.js, an ES module), enqueued once, only on pages that show an element:
 * as a script module on WordPress 6.5 and later, as a script with `type="module"` before.
 */

defined( 'ABSPATH' ) || exit;

/** Whether the bundle was enqueued on this request (`true` records that it is). */
function cityweave_enqueued( $now = false ) {
	static $enqueued = false;
	if ( $now ) {
		$enqueued = true;
	}
	return $enqueued;
}

/** Enqueues the bundle (any number of calls: once). */
function cityweave_enqueue() {
	if ( cityweave_enqueued() ) {
		return;
	}
	cityweave_enqueued( true );
	$url  = plugins_url( 'cdn/cityweave.js', CITYWEAVE_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'cityweave', $url, array(), CITYWEAVE_VERSION );
	} else {
		wp_enqueue_script( 'cityweave', $url, array(), CITYWEAVE_VERSION, true );
	}
}

/**
 * The chunks the bundle imports at once (cdn/preload.json, written by the build), as
 * `<link rel="modulepreload">` before the footer's scripts: requested with the bundle rather than
 * after it, one round trip less on every page with an element. Printed by the plugin itself, in
 * every WordPress version: the chunks' names change with each build.
 */
function cityweave_print_preloads() {
	if ( ! cityweave_enqueued() ) {
		return;
	}
	$file   = plugin_dir_path( CITYWEAVE_FILE ) . 'cdn/preload.json';
	$list   = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
	$chunks = is_array( $list ) && is_array( $list['chunks'] ?? null ) ? $list['chunks'] : array();
	foreach ( $chunks as $chunk ) {
		if ( is_string( $chunk ) && preg_match( '#^chunks/[A-Za-z0-9_-]+\.js$#', $chunk ) ) {
			printf( "<link rel=\"modulepreload\" href=\"%s\">\n", esc_url( plugins_url( 'cdn/' . $chunk, CITYWEAVE_FILE ) ) );
		}
	}
}
add_action( 'wp_footer', 'cityweave_print_preloads', 1 );

/** Before 6.5: the script tag of the bundle becomes a module script. */
function cityweave_module_tag( $tag, $handle ) {
	if ( 'cityweave' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'cityweave_module_tag', 10, 2 );

/** Elements an author wrote in the content (allowed through kses, see kses.php) need the bundle too. */
function cityweave_enqueue_for_content( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, '<cw-' ) ) {
		cityweave_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'cityweave_enqueue_for_content', 99 );

/** In the block editor: the bundle, for the live previews of the blocks. */
function cityweave_enqueue_in_editor() {
	if ( is_admin() ) {
		cityweave_enqueue();
	}
}
add_action( 'enqueue_block_assets', 'cityweave_enqueue_in_editor' );
