//! `__is_unit(&value)`: whether a value serializes as nothing (`()`, `None`, `null`).
//!
//! A value-keeping unknown variant read from boto3's form holds such a value; written as
//! `{"<name>": null}` it would read back as a union with no member set, so it is written in
//! boto3's form again. The probe is a `Serializer` that looks at the value's first call only:
//! it allocates nothing and works for any value type.

use proc_macro2::TokenStream;
use quote::quote;

pub fn expand() -> TokenStream {
    let scalars = [
        quote!(serialize_bool(self, _: bool)),
        quote!(serialize_i8(self, _: i8)),
        quote!(serialize_i16(self, _: i16)),
        quote!(serialize_i32(self, _: i32)),
        quote!(serialize_i64(self, _: i64)),
        quote!(serialize_i128(self, _: i128)),
        quote!(serialize_u8(self, _: u8)),
        quote!(serialize_u16(self, _: u16)),
        quote!(serialize_u32(self, _: u32)),
        quote!(serialize_u64(self, _: u64)),
        quote!(serialize_u128(self, _: u128)),
        quote!(serialize_f32(self, _: f32)),
        quote!(serialize_f64(self, _: f64)),
        quote!(serialize_char(self, _: char)),
        quote!(serialize_str(self, _: &str)),
        quote!(serialize_bytes(self, _: &[u8])),
        quote!(serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str)),
    ];
    quote! {
        /// Not a unit: the probe stops at the value's first compound.
        #[derive(Debug)]
        struct __NotUnit;

        impl ::core::fmt::Display for __NotUnit {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.write_str("not a unit value")
            }
        }

        impl ::std::error::Error for __NotUnit {}

        impl _serde::ser::Error for __NotUnit {
            fn custom<__T: ::core::fmt::Display>(_: __T) -> Self {
                __NotUnit
            }
        }

        struct __UnitProbe;

        impl _serde::Serializer for __UnitProbe {
            type Ok = bool;
            type Error = __NotUnit;
            type SerializeSeq = _serde::ser::Impossible<bool, __NotUnit>;
            type SerializeTuple = _serde::ser::Impossible<bool, __NotUnit>;
            type SerializeTupleStruct = _serde::ser::Impossible<bool, __NotUnit>;
            type SerializeTupleVariant = _serde::ser::Impossible<bool, __NotUnit>;
            type SerializeMap = _serde::ser::Impossible<bool, __NotUnit>;
            type SerializeStruct = _serde::ser::Impossible<bool, __NotUnit>;
            type SerializeStructVariant = _serde::ser::Impossible<bool, __NotUnit>;

            #(
                fn #scalars -> ::core::result::Result<bool, __NotUnit> {
                    ::core::result::Result::Ok(false)
                }
            )*

            fn serialize_none(self) -> ::core::result::Result<bool, __NotUnit> {
                ::core::result::Result::Ok(true)
            }

            fn serialize_unit(self) -> ::core::result::Result<bool, __NotUnit> {
                ::core::result::Result::Ok(true)
            }

            fn serialize_unit_struct(self, _: &'static str) -> ::core::result::Result<bool, __NotUnit> {
                ::core::result::Result::Ok(true)
            }

            fn serialize_some<__T>(self, __value: &__T) -> ::core::result::Result<bool, __NotUnit>
            where
                __T: ?::core::marker::Sized + _serde::Serialize,
            {
                _serde::Serialize::serialize(__value, self)
            }

            fn serialize_newtype_struct<__T>(
                self,
                _: &'static str,
                __value: &__T,
            ) -> ::core::result::Result<bool, __NotUnit>
            where
                __T: ?::core::marker::Sized + _serde::Serialize,
            {
                _serde::Serialize::serialize(__value, self)
            }

            fn serialize_newtype_variant<__T>(
                self,
                _: &'static str,
                _: u32,
                _: &'static str,
                _: &__T,
            ) -> ::core::result::Result<bool, __NotUnit>
            where
                __T: ?::core::marker::Sized + _serde::Serialize,
            {
                ::core::result::Result::Ok(false)
            }

            fn serialize_seq(
                self,
                _: ::core::option::Option<usize>,
            ) -> ::core::result::Result<Self::SerializeSeq, __NotUnit> {
                ::core::result::Result::Err(__NotUnit)
            }

            fn serialize_tuple(self, _: usize) -> ::core::result::Result<Self::SerializeTuple, __NotUnit> {
                ::core::result::Result::Err(__NotUnit)
            }

            fn serialize_tuple_struct(
                self,
                _: &'static str,
                _: usize,
            ) -> ::core::result::Result<Self::SerializeTupleStruct, __NotUnit> {
                ::core::result::Result::Err(__NotUnit)
            }

            fn serialize_tuple_variant(
                self,
                _: &'static str,
                _: u32,
                _: &'static str,
                _: usize,
            ) -> ::core::result::Result<Self::SerializeTupleVariant, __NotUnit> {
                ::core::result::Result::Err(__NotUnit)
            }

            fn serialize_map(
                self,
                _: ::core::option::Option<usize>,
            ) -> ::core::result::Result<Self::SerializeMap, __NotUnit> {
                ::core::result::Result::Err(__NotUnit)
            }

            fn serialize_struct(
                self,
                _: &'static str,
                _: usize,
            ) -> ::core::result::Result<Self::SerializeStruct, __NotUnit> {
                ::core::result::Result::Err(__NotUnit)
            }

            fn serialize_struct_variant(
                self,
                _: &'static str,
                _: u32,
                _: &'static str,
                _: usize,
            ) -> ::core::result::Result<Self::SerializeStructVariant, __NotUnit> {
                ::core::result::Result::Err(__NotUnit)
            }

            fn collect_str<__T>(self, _: &__T) -> ::core::result::Result<bool, __NotUnit>
            where
                __T: ?::core::marker::Sized + ::core::fmt::Display,
            {
                ::core::result::Result::Ok(false)
            }
        }

        fn __is_unit<__T: ?::core::marker::Sized + _serde::Serialize>(__value: &__T) -> bool {
            ::core::matches!(_serde::Serialize::serialize(__value, __UnitProbe), ::core::result::Result::Ok(true))
        }
    }
}
