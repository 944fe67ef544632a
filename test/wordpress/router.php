<?php
/**
 * The router of PHP's built-in server for the WordPress test: /wp-content/ from the test's own
 * content folder (the plugin as built, Debian's theme and translations), other static files from
 * Debian's WordPress, and every PHP request through WordPress with the test's config.
 */
$_SERVER['WORDPRESS_CONFIG'] = 'cityweave-test';
$content = getenv( 'CITYWEAVE_WP_CONTENT' );
$path    = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$types   = array( 'js' => 'text/javascript', 'css' => 'text/css', 'html' => 'text/html; charset=utf-8', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2' );
if ( str_contains( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}
if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = $content . substr( $path, strlen( '/wp-content' ) );
	if ( ! is_file( $file ) ) {
		http_response_code( 404 );
		return true;
	}
	header( 'Content-Type: ' . ( $types[ pathinfo( $file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
	readfile( $file );
	return true;
}
$file = '/usr/share/wordpress' . $path;
if ( is_dir( $file ) ) {
	$file = rtrim( $file, '/' ) . '/index.php';
}
if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
	return false;
}
if ( ! is_file( $file ) ) {
	$file = '/usr/share/wordpress/index.php';
}
chdir( dirname( $file ) );
$_SERVER['SCRIPT_NAME'] = substr( $file, strlen( '/usr/share/wordpress' ) );
$_SERVER['PHP_SELF']    = $_SERVER['SCRIPT_NAME'];
$_SERVER['SCRIPT_FILENAME'] = $file;
require $file;
return true;
