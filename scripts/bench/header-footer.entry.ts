// The drop-in as it was first budgeted: the header and the footer alone (Lit included).
import '../../src/components/site-header/define.js';
import '../../src/components/site-footer/define.js';
