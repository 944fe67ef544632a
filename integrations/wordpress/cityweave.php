<?php
/**
 * Plugin Name:       cityweave
 * Plugin URI:        https://github.com/cityweave/cityweave
 * Description:       Projects, maps, roadmaps and SDG badges of Mediterranean city networks (migrant inclusion, anti-racism, intercultural policy), as shortcodes, blocks and oEmbed URLs that every role can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            cityweave contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       cityweave
 *
 * The elements are cityweave's web components (the CDN build, in cdn/, MIT-licensed). This plugin
 * stores only shortcodes or block attributes in posts, and prints the elements when the page is shown.
 */

defined( 'ABSPATH' ) || exit;

define( 'CITYWEAVE_VERSION', '0.1.0' );
define( 'CITYWEAVE_FILE', __FILE__ );
define( 'CITYWEAVE_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/embed.php';
