<?php
/**
 * WordPress from the command line, for test/wordpress/wordpress.test.mjs (there is no WP-CLI in
 * Debian 12): `php wp.php <command> [args]`, with WordPress's config chosen by the
 * WORDPRESS_CONFIG environment variable (Debian's /etc/wordpress/config-<name>.php) and the site's
 * address by CITYWEAVE_WP_URL. Prints JSON.
 *
 *   install                  installs the site, activates the plugin and the theme, creates an author
 *   lang <locale>            sets the site's language (fr_FR, ar)
 *   post-as-author           creates a published post by the author, its content read from stdin
 *   content <id>             the stored content of a post
 *   kses-without-plugin      what kses does to an element when the plugin's rule is removed
 */
$url               = getenv( 'CITYWEAVE_WP_URL' );
$_SERVER['HTTP_HOST'] = wp_host_of( $url );
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '80';

function wp_host_of( $url ) {
	return parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
}

$command = $argv[1] ?? '';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

function out( $value ) {
	echo wp_json_encode( $value ), "\n";
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		add_filter( 'pre_wp_mail', '__return_false' ); // No mail server here: the new-site mail is not sent.
		$result = wp_install( 'Ville de Tanger', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
		update_option( 'permalink_structure', '' );
		switch_theme( 'twentytwentythree' );
		$activated = activate_plugin( 'cityweave/cityweave.php' );
		if ( is_wp_error( $activated ) ) {
			fwrite( STDERR, $activated->get_error_message() . "\n" );
			exit( 1 );
		}
		$author = wp_insert_user(
			array(
				'user_login' => 'auteur',
				'user_pass'  => wp_generate_password( 24 ),
				'user_email' => 'auteur@example.org',
				'role'       => 'author',
			)
		);
		out( array( 'author' => $author, 'theme' => get_stylesheet(), 'plugins' => get_option( 'active_plugins' ), 'version' => get_bloginfo( 'version' ) ) );
		break;
	case 'lang':
		update_option( 'WPLANG', $argv[2] );
		out( array( 'WPLANG' => get_option( 'WPLANG' ) ) );
		break;
	case 'post-as-author':
		$author = get_user_by( 'login', 'auteur' );
		wp_set_current_user( $author->ID ); // fires set_current_user: kses_init() applies the author's filters.
		$id = wp_insert_post(
			array(
				'post_title'   => $argv[2] ?? 'Test',
				'post_content' => stream_get_contents( STDIN ),
				'post_status'  => 'publish',
			),
			true
		);
		out( array( 'id' => $id, 'unfiltered_html' => current_user_can( 'unfiltered_html' ), 'can_publish' => current_user_can( 'publish_posts' ) ) );
		break;
	case 'content':
		out( array( 'content' => get_post( (int) $argv[2] )->post_content ) );
		break;
	case 'kses-without-plugin':
		remove_filter( 'wp_kses_allowed_html', 'cityweave_kses_allowed_html', 10 );
		out( array( 'content' => wp_kses_post( '<div lang="ar"><cw-sdg-badge code="10.7"></cw-sdg-badge></div>' ) ) );
		break;
	default:
		fwrite( STDERR, "wp.php: unknown command \"$command\"\n" );
		exit( 2 );
}
