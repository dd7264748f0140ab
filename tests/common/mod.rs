pub mod smithy_node;
