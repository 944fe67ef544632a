/**
 * The cityweave blocks in the editor, in plain JavaScript (no build step): the element's main
 * attributes in the sidebar, the rest under "Advanced", and a live preview rendered by the server
 * (the same HTML as on the page; the bundle is loaded in the editor). Attributes come from
 * window.cityweaveElements (elements.json, made from custom-elements.json).
 */
( function ( wp, elements ) {
	if ( ! wp || ! elements ) {
		return;
	}
	var el = wp.element.createElement;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var ToggleControl = wp.components.ToggleControl;
	var SelectControl = wp.components.SelectControl;
	var ServerSideRender = wp.serverSideRender;
	var __ = wp.i18n.__;

	function control( name, spec, attributes, setAttributes ) {
		var set = function ( value ) {
			var next = {};
			next[ name ] = value;
			setAttributes( next );
		};
		var common = { key: name, label: name, help: spec.description };
		if ( spec.type === 'boolean' ) {
			return el( ToggleControl, Object.assign( common, { checked: !! attributes[ name ], onChange: set } ) );
		}
		if ( spec.type === 'enum' ) {
			var options = [ { label: '—', value: '' } ].concat( spec.values.map( function ( v ) { return { label: v, value: v }; } ) );
			return el( SelectControl, Object.assign( common, { value: attributes[ name ] || '', options: options, onChange: set } ) );
		}
		return el( TextControl, Object.assign( common, { value: attributes[ name ] || '', onChange: set } ) );
	}

	Object.keys( elements ).forEach( function ( name ) {
		var element = elements[ name ];
		var specs = element.attributes;
		var main = element.main;
		var advanced = Object.keys( specs ).filter( function ( a ) { return main.indexOf( a ) < 0 && a !== 'dir'; } );
		wp.blocks.registerBlockType( 'cityweave/' + name, {
			edit: function ( props ) {
				var controls = function ( names ) {
					return names.map( function ( a ) { return control( a, specs[ a ], props.attributes, props.setAttributes ); } );
				};
				return el(
					'div',
					useBlockProps(),
					el(
						InspectorControls,
						null,
						el( PanelBody, { title: element.title, initialOpen: true }, controls( main ) ),
						el( PanelBody, { title: __( 'Advanced' ), initialOpen: false }, controls( advanced ) )
					),
					el( ServerSideRender, { block: 'cityweave/' + name, attributes: props.attributes } )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.cityweaveElements );
