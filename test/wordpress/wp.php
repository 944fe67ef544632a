<?php
/**
 * WordPress from the command line, for test/wordpress/wordpress.test.mjs (there is no WP-CLI in
 * Debian 12): `php wp.php <command> [args]`, with WordPress's config chosen by the
 * WORDPRESS_CONFIG environment variable (Debian's /etc/wordpress/config-<name>.php) and the site's
 * address by CITYWEAVE_WP_URL. Prints JSON.
 *
 *   install                  installs the site, activates the plugin and the theme, creates the
 *                            author `auteur` with the password in CITYWEAVE_AUTHOR_PASSWORD
 *   lang <locale>            sets the site's language (fr_FR, ar)
 *   user <login>             a user's role and whether they have `unfiltered_html`
 *   post <title>             creates a published post (its content read from stdin), for checks
 *                            that are not about who wrote it
 *   content <id>             the stored content and author of a post
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
				'user_pass'  => getenv( 'CITYWEAVE_AUTHOR_PASSWORD' ),
				'user_email' => 'auteur@example.org',
				'role'       => 'author',
			)
		);
		// Nothing the pages ask for leaves 127.0.0.1: no avatars from elsewhere, and the editor's
		// welcome guide (an image from elsewhere) already closed, as after an author's first visit.
		update_option( 'show_avatars', 0 );
		update_user_meta( $author, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		out( array( 'author' => $author, 'theme' => get_stylesheet(), 'plugins' => get_option( 'active_plugins' ), 'version' => get_bloginfo( 'version' ) ) );
		break;
	case 'lang':
		update_option( 'WPLANG', $argv[2] );
		out( array( 'WPLANG' => get_option( 'WPLANG' ) ) );
		break;
	case 'user':
		$user = get_user_by( 'login', $argv[2] );
		out( array( 'id' => $user->ID, 'roles' => $user->roles, 'unfiltered_html' => user_can( $user, 'unfiltered_html' ) ) );
		break;
	case 'post':
		$id = wp_insert_post( array( 'post_title' => $argv[2], 'post_content' => stream_get_contents( STDIN ), 'post_status' => 'publish' ), true );
		out( array( 'id' => $id ) );
		break;
	case 'content':
		$post = get_post( (int) $argv[2] );
		out( array( 'content' => $post->post_content, 'author' => get_userdata( $post->post_author )->user_login, 'status' => $post->post_status ) );
		break;
	case 'post-meta':
		// What WordPress keeps of a post's embeds (`_oembed_…`).
		$meta = array();
		foreach ( get_post_meta( (int) $argv[2] ) as $key => $values ) {
			if ( 0 === strpos( $key, '_oembed_' ) ) {
				$meta[ $key ] = $values[0];
			}
		}
		out( $meta );
		break;
	case 'kses-without-plugin':
		remove_filter( 'wp_kses_allowed_html', 'cityweave_kses_allowed_html', 10 );
		out( array( 'content' => wp_kses_post( '<div lang="ar"><cw-sdg-badge code="10.7"></cw-sdg-badge></div>' ) ) );
		break;
	default:
		fwrite( STDERR, "wp.php: unknown command \"$command\"\n" );
		exit( 2 );
}
