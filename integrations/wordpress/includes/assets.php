<?php
/**
 * The bundle (cdn/cityweave.js, an ES module), enqueued once, only on pages that show an element:
 * as a script module on WordPress 6.5 and later, as a script with `type="module"` before.
 */

defined( 'ABSPATH' ) || exit;

/** Enqueues the bundle (any number of calls: once). */
function cityweave_enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$url  = plugins_url( 'cdn/cityweave.js', CITYWEAVE_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'cityweave', $url, array(), CITYWEAVE_VERSION );
	} else {
		wp_enqueue_script( 'cityweave', $url, array(), CITYWEAVE_VERSION, true );
	}
}

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
