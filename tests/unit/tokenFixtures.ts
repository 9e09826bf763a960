/** Example tokens copied from the RFCs, shared by the token tests. */

// RFC 7519 §3.1 and RFC 7515 Appendix A.1: the same HS256 example JWT.
export const RFC7515_A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
// RFC 7515 Appendix A.2: RS256 over the same claims.
export const RFC7515_A2 =
  'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw';
// RFC 7519 §6.1: an unsecured JWT.
export const RFC7519_UNSECURED =
  'eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.';
export const RFC_CLAIMS = { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true };

// RFC 7515 A.1: the HMAC key of the HS256 example (a JWK of kty oct).
export const RFC7515_A1_KEY = {
  kty: 'oct',
  k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
} as const;

// RFC 7515 A.2: the public part of the RSA key of the RS256 example.
export const RFC7515_A2_KEY = {
  kty: 'RSA',
  n: 'ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ',
  e: 'AQAB',
} as const;

// A self-signed EC P-256 test certificate and a token signed by its key (the private key was
// thrown away after signing, so nothing secret is stored here).
export const TEST_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBlTCCATugAwIBAgIUKxdvmXFt1to0bosIUyRudoz20PEwCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUdG9rZW4taW5zcGVjdG9yLXRlc3QwIBcNMjYxMTI2MjEyMDAx
WhgPMjEyNjExMDIyMTIwMDFaMB8xHTAbBgNVBAMMFHRva2VuLWluc3BlY3Rvci10
ZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7lK9/S4ZkYU0KQdIOh06OTr1
h2vrYMVfBtHkxRwtdu7y8CXkj9uZhFmdsbDKk0LP709NWy1KF3kbWTKrDqCwp6NT
MFEwHQYDVR0OBBYEFKpcX4MIxQRB5oYww7c7x9/l5UO0MB8GA1UdIwQYMBaAFKpc
X4MIxQRB5oYww7c7x9/l5UO0MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
SAAwRQIhANRofAoECz38VKN2HXQcaIVgbXvP5R16i8UzGu1jbTkIAiAE3Nf4IvK8
/APAcF8H0lJwy9I7AbepxLykusE7MyBc/A==
-----END CERTIFICATE-----`;
export const TEST_CERTIFICATE_TOKEN =
  'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjZXJ0aWZpY2F0ZS10ZXN0IiwiaWF0IjoxNzQxNjc2NjU3LCJleHAiOjE3NDE3NjMwNTd9.ux9STileO2V3aAjdjKOm7jRKUoHbg7Gv-5zlcRGQ4PHsd5iexsJn4FomyOVB4-zo1EIlSYdV7UatjQ0GOszvzQ';
