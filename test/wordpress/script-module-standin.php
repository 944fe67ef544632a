<?php
/**
 * Test only (copied into the test site's wp-content/mu-plugins by test/wordpress/site.mjs, never
 * shipped): a stand-in for WordPress 6.5's `wp_enqueue_script_module`, which Debian's WordPress 6.1
 * does not have, so that the plugin's branch for 6.5 and later runs. It is defined only for requests
 * that carry the header `X-Cityweave-Script-Module-Standin: 1`; every other request sees 6.1 as it is.
 * It records the calls and prints them, base64-encoded JSON in an HTML comment, at the end of the
 * page; it prints no script tag itself, so any tag of the bundle on such a page is the plugin's own.
 * This checks what the plugin asks of the API, not what a real 6.5 then prints.
 */

defined( 'ABSPATH' ) || exit;

if ( isset( $_SERVER['HTTP_X_CITYWEAVE_SCRIPT_MODULE_STANDIN'] ) && ! function_exists( 'wp_enqueue_script_module' ) ) {
	$GLOBALS['cityweave_standin_calls'] = array();

	/**
	 * Same signature as WordPress 6.5's.
	 *
	 * @param string           $id      The module's identifier.
	 * @param string           $src     Its URL.
	 * @param array            $deps    Its dependencies.
	 * @param string|false|null $version Its version.
	 */
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
		$GLOBALS['cityweave_standin_calls'][] = array( $id, $src, $deps, $version );
	}

	add_action(
		'wp_footer',
		function () {
			echo '<!-- cityweave-standin-calls ' . base64_encode( wp_json_encode( $GLOBALS['cityweave_standin_calls'] ) ) . " -->\n";
		},
		PHP_INT_MAX
	);
}
