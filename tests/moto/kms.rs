//! KMS (awsJson1_1): blobs both ways, through Encrypt and Decrypt.

use aws_union::Blob;
use aws_union_services::kms::{Client, CreateKeyRequest, DecryptRequest, EncryptRequest};

use crate::support::client;

#[tokio::test]
async fn binary_data_encrypted_then_decrypted_comes_back_byte_for_byte() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let create = CreateKeyRequest::default().description("round trip");
    let key = client.create_key(create).await.unwrap();
    let metadata = key.key_metadata.expect("the key's metadata");
    assert_eq!(metadata.description.as_deref(), Some("round trip"));
    let key_id = metadata.key_id;

    // Every byte value, NUL and invalid UTF-8 included.
    let plaintext: Vec<u8> = (0..=255).collect();
    let encrypt = EncryptRequest::default()
        .key_id(&key_id)
        .plaintext(Blob::new(plaintext.clone()));
    let encrypted = client.encrypt(encrypt).await.unwrap();
    let ciphertext = encrypted.ciphertext_blob.expect("a ciphertext");
    assert_ne!(ciphertext.as_bytes(), &plaintext[..]);
    assert!(
        encrypted
            .key_id
            .as_deref()
            .is_some_and(|id| id.ends_with(&key_id)),
        "{:?}",
        encrypted.key_id
    );

    let decrypt = DecryptRequest::default().ciphertext_blob(ciphertext);
    let decrypted = client.decrypt(decrypt).await.unwrap();
    assert_eq!(
        decrypted.plaintext.expect("the plaintext").as_bytes(),
        &plaintext[..]
    );
    assert!(
        decrypted
            .key_id
            .as_deref()
            .is_some_and(|id| id.ends_with(&key_id)),
        "{:?}",
        decrypted.key_id
    );
}
