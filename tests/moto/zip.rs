//! A zip archive of one stored (uncompressed) file: what a Lambda function's code needs, built
//! without a zip library.

/// The archive of one file `name` holding `content`.
pub fn zip_one_file(name: &str, content: &[u8]) -> Vec<u8> {
    let crc = crc32(content);
    let size = u32::try_from(content.len()).expect("a small file");
    let name_length = u16::try_from(name.len()).expect("a short name");
    // Version 2.0, no flags, stored, no time, then the CRC and the sizes.
    let common = |out: &mut Vec<u8>| {
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&name_length.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
    };
    let mut zip = b"PK\x03\x04".to_vec();
    common(&mut zip);
    zip.extend_from_slice(name.as_bytes());
    zip.extend_from_slice(content);
    let central_start = zip.len();
    zip.extend_from_slice(b"PK\x01\x02");
    zip.extend_from_slice(&20u16.to_le_bytes());
    common(&mut zip);
    // No comment, disk 0, no attributes, the local header at offset 0.
    zip.extend_from_slice(&[0; 12]);
    zip.extend_from_slice(name.as_bytes());
    let central_size = zip.len() - central_start;
    zip.extend_from_slice(b"PK\x05\x06");
    zip.extend_from_slice(&[0; 4]);
    zip.extend_from_slice(&1u16.to_le_bytes());
    zip.extend_from_slice(&1u16.to_le_bytes());
    zip.extend_from_slice(&(central_size as u32).to_le_bytes());
    zip.extend_from_slice(&(central_start as u32).to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes());
    zip
}

/// CRC-32 (IEEE), bit by bit: the files are tiny.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn a_zip_of_one_file_has_the_crc32_ieee_checksum_and_both_records() {
    // CRC-32 of "123456789" is the standard check value.
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    let zip = zip_one_file("a.txt", b"hi");
    assert!(zip.starts_with(b"PK\x03\x04"));
    assert_eq!(&zip[zip.len() - 22..zip.len() - 18], b"PK\x05\x06");
}
