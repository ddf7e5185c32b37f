//! `POST /api/v1/card/qr-token` (the holder's 60-second QR code) and the public, rate-limited
//! `POST /api/v1/qr/verify`.

use axum::Json;
use axum::extract::State;
use protocol::api::{
    QrInvalidReason, QrTokenRequest, QrTokenResponse, QrVerifyRequest, QrVerifyResponse,
};
use protocol::problem::ApiErrorCode;
use rusqlite::OptionalExtension as _;

use crate::client::ClientAddr;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::qr_token::{self, TOKEN_LIFETIME_SECONDS, Verdict};
use crate::session::CurrentAccount;
use crate::{AppState, accounts, masking, rate_limit};

pub async fn token(
    State(state): State<AppState>,
    current: CurrentAccount,
    ApiJson(request): ApiJson<QrTokenRequest>,
) -> ApiResult<Json<QrTokenResponse>> {
    let card: Option<(i64, String)> = state
        .db
        .call(move |c| {
            Ok(c.query_row(
                "SELECT id, status FROM cards WHERE account_id = ?1",
                [current.account_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
        })
        .await?;
    let card_id = match card {
        Some((id, status)) if status == protocol::api::CardStatus::Active.as_str() => id,
        _ => return Err(ApiError::new(ApiErrorCode::CardNotIssued)),
    };
    let (token, claims) =
        qr_token::issue(&state.qr_key, card_id, request.purpose, state.clock.now());
    Ok(Json(QrTokenResponse {
        token,
        purpose: claims.purpose,
        expires_at: claims.expires_at,
        valid_for_seconds: u32::try_from(TOKEN_LIFETIME_SECONDS).unwrap_or(60),
    }))
}

pub async fn verify(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    ApiJson(request): ApiJson<QrVerifyRequest>,
) -> ApiResult<Json<QrVerifyResponse>> {
    let now = state.clock.now();
    state
        .limiter
        .check(rate_limit::QR_VERIFY_PER_CLIENT, &client, now)?;
    let claims = match qr_token::verify(&state.qr_key, &request.token, None, now) {
        Verdict::Valid(claims) => claims,
        Verdict::Expired { expired_at, .. } => {
            return Ok(Json(QrVerifyResponse::Expired { expired_at }));
        }
        Verdict::Invalid(reason) => return Ok(Json(QrVerifyResponse::Invalid { reason })),
    };
    let today = state.clock.today();
    let card_id = claims.card_id;
    let holder = state
        .db
        .call(move |c| {
            let account: Option<(i64, String)> = c
                .query_row(
                    "SELECT account_id, status FROM cards WHERE id = ?1",
                    [card_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((account_id, _)) =
                account.filter(|(_, status)| status == protocol::api::CardStatus::Active.as_str())
            else {
                return Ok(None);
            };
            accounts::permit_of_account(c, account_id)
        })
        .await?;
    let Some(permit) = holder.filter(|p| p.details.valid_until >= today) else {
        return Ok(Json(QrVerifyResponse::Invalid {
            reason: QrInvalidReason::Revoked,
        }));
    };
    Ok(Json(QrVerifyResponse::Genuine {
        holder_name_masked: masking::mask_name(&permit.surname, &permit.given_names),
        nationality: permit.nationality,
        permit_category: permit.details.category,
        employer: permit.details.employer,
        position: permit.details.position,
        valid_until: permit.details.valid_until,
    }))
}
