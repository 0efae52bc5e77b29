// Generated from packages/api-client/openapi.json by openapi-typescript: `npm run api-client`. Do not edit.
export interface paths {
    "/api/admin/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询审计记录，最新的在前（管理员、督查人员）
         * @description 可按对象（类型与编号）或操作人筛选，按游标翻页。查询本身也记入审计日志。问题代码 (problem codes): CURSOR_INVALID, CURSOR_OTHER_LIST, PAGE_SIZE_TOO_LARGE
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核验审计日志链（管理员、督查人员）
         * @description 重新计算每条审计记录的 SM3 内容摘要和链接摘要，用审计签名公钥核验每个封存批次的 SM2 签名（发现整链改写），并与检查点比对（平台数据目录中的检查点，以及请求中附带的见证方留存的检查点，可发现尾部被删除），指出第一条异常记录。
         */
        post: operations["verifyAuditLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 拨快模拟时间（仅模拟环境，管理员）
         * @description 把模拟时间向前拨到指定时刻（to），或向前若干个工作日（workingDays，保持当天时刻）。不能往回拨；实际时间模式下一律拒绝。拨动后，到期规则、审计封存与短信发送随即各运行一次。
         */
        post: operations["advanceSimulatedClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 短信发件箱（开发环境的投递方式：在此查看验证码） */
        get: operations["listOutboxMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/seals/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销印章（密钥泄露：自 revokedFrom 起所签一律无效，默认为现在；此前所签仍然有效） */
        post: operations["revokeSeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/seals/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 轮换印章密钥（退役：已签证照仍然有效） */
        post: operations["rotateSeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务账号（部门系统与合作方） */
        get: operations["listServiceAccounts"];
        put?: never;
        /** 登记服务账号（返回一次客户端密钥，平台只保存其哈希） */
        post: operations["registerServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个服务账号及其密钥状态 */
        get: operations["getServiceAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用服务账号（令牌立即失效） */
        post: operations["revokeServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts/{id}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 轮换客户端密钥（旧密钥在过渡期内仍有效） */
        post: operations["rotateClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts/{id}/secrets/{secretId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销客户端密钥（立即失效，已发令牌一并作废） */
        post: operations["revokeClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts/{id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务账号的事件订阅及投递情况 */
        get: operations["listServiceAccountSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts/{id}/subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务账号一个订阅的投递记录（新的在前，游标分页） */
        get: operations["listServiceAccountDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/service-accounts/{id}/subscriptions/{subscriptionId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代为重放：自某时起的事件重新推送（接收方修复后；暂停的订阅随之恢复） */
        post: operations["replayServiceAccountEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员账号（按登录名，游标分页） */
        get: operations["listStaff"];
        put?: never;
        /** 新建工作人员账号 */
        post: operations["createStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 调整角色、数据范围或停用 */
        patch: operations["updateStaff"];
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的办件（按游标翻页） */
        get: operations["listMyApplications"];
        put?: never;
        /**
         * 提交申请（或保存草稿）
         * @description 问题代码 (problem codes): APPLICATION_FORM_INVALID, APPLICATION_MATERIALS_INVALID, APPLICANT_INVALID, APPLICATION_AUDIENCE_MISMATCH, MANDATE_REQUIRED, INTAKE_NOT_ALLOWED, IDEMPOTENCY_KEY_REUSED, IN_PERSON_CHECK_REQUIRED
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一件办件：材料、任务、时限、文书、送达
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, NOT_FOUND_OR_OUT_OF_SCOPE
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 补充或补正材料（submit: 提交草稿或补正）
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, CASE_STATE_CONFLICT, APPLICATION_FORM_INVALID, APPLICATION_MATERIALS_INVALID, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS
         */
        post: operations["supplyMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/prepare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请准备：合并申请表、预填信息、按情形的材料清单、可复用的电子证照
         * @description 问题代码 (problem codes): APPLICANT_INVALID, APPLICATION_AUDIENCE_MISMATCH, MANDATE_REQUIRED, ITEM_NOT_FOUND, BUNDLE_NOT_FOUND
         */
        post: operations["prepareApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通报（草稿、已发布、已归档；游标分页） */
        get: operations["listBulletins"];
        put?: never;
        /** 按日期或期间生成通报草稿（更正通报须指明所更正的通报） */
        post: operations["draftBulletin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份通报 */
        get: operations["getBulletin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改通报草稿（标题、导语，或按当前数据重新生成） */
        patch: operations["editBulletin"];
        trace?: never;
    };
    "/api/bulletins/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归档已发布的通报 */
        post: operations["archiveBulletin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletins/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布通报（编号、加盖平台印章生成 PDF；发布后不再修改） */
        post: operations["publishBulletin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 今年与明年的节假日安排是否已录入（未录入为预计），及对管理员的提醒 */
        get: operations["getCalendarStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/workdays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日计算：是否工作日、区间内工作日数、第 n 个工作日 */
        get: operations["countWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已录入节假日安排的年份 */
        get: operations["listCalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的节假日与调休上班日（未录入通知的年份按放假办法预计，source 为 provisional） */
        get: operations["getCalendarYear"];
        /**
         * 录入或更正某年的节假日安排（管理员）
         * @description 整年替换：以国务院办公厅通知为准，录入全部放假日期与调休上班日期。需管理员登录。同一事务中，所有跨该年度运行的计时重新推算到期日，到期日变化的办件通知申请人并记入审计日志。
         */
        put: operations["enterCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 辖区办件：默认为待办（待受理、补正中），历史按期间查询；可搜索编号、证件号、申请人、事项
         * @description 问题代码 (problem codes): CURSOR_INVALID, CURSOR_OTHER_LIST, PAGE_SIZE_TOO_LARGE, SEARCH_TERM_TOO_SHORT, PERIOD_INVALID, PERIOD_TOO_LONG
         */
        get: operations["listCases"];
        put?: never;
        /**
         * 一窗受理：窗口代申请人提交（记一次到场）
         * @description 问题代码 (problem codes): APPLICATION_FORM_INVALID, APPLICATION_MATERIALS_INVALID, APPLICANT_INVALID, APPLICATION_AUDIENCE_MISMATCH, MANDATE_REQUIRED, INTAKE_NOT_ALLOWED, IDEMPOTENCY_KEY_REUSED, IN_PERSON_CHECK_REQUIRED
         */
        post: operations["intakeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一件办件：材料、任务、时限、文书、送达
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, NOT_FOUND_OR_OUT_OF_SCOPE
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理 */
        post: operations["acceptCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/accept-deferred": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 容缺受理（仅可容缺材料，失信申请人除外） */
        post: operations["acceptDeferredCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/co-application/at-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 窗口记录买受人当面核验身份后确认共同申请
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, CASE_STATE_CONFLICT, CO_APPLICANT_MISMATCH, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS
         */
        post: operations["coApplicationAtWindowCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/co-application/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 买受人确认共同申请（本人实名账号）
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, CASE_STATE_CONFLICT, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS
         */
        post: operations["coApplicationConfirmCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 送达：窗口领取（记一次到场）或邮寄（运单号） */
        post: operations["deliverCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/materials/{materialKey}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申请材料文件（在线预览；工作人员每次查看记入申请人的数据使用记录）
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, TASK_NOT_FOUND, MATERIAL_NOT_FOUND, MATERIAL_FILE_NOT_FOUND
         */
        get: operations["downloadCaseMaterialFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/my-rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我对该办件的评价（未评价时 rating 为 null） */
        get: operations["getOwnCaseRating"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/notices/{noticeId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 文书 PDF（一次性告知书、不予受理决定书、容缺受理通知书）
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, NOTICE_NOT_FOUND
         */
        get: operations["downloadNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理（附理由，出具决定书） */
        post: operations["refuseCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/request-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一次性告知补正（列明全部缺失或有误的材料） */
        post: operations["requestCorrectionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与办件有关的 12345 工单（投诉等） */
        get: operations["listCaseTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件时间线（对公众隐去工作人员姓名） */
        get: operations["getCaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回尚未受理的申请（含等待买受人确认的）
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, CASE_STATE_CONFLICT, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS
         */
        post: operations["withdrawCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项清单公布批次 */
        get: operations["listCatalogBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** “一件事”列表（可按检索词查找，最相关的在前） */
        get: operations["listBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/bundles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** “一件事”办事指南与流程图 */
        get: operations["getBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** “同一标准”一致性报告与事项质量检查 */
        get: operations["getCatalogConsistencyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索事项清单（按区划、部门、对象、主题，中文检索） */
        get: operations["searchCatalogItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办事指南：12 位基本编码（省级标准）或 31 位实施编码（实施清单） */
        get: operations["getCatalogItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificate-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照目录：类型、定义机构、字段与有效期规则 */
        get: operations["listCertificateTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发电子证照（校验数据、赋码、SM3 摘要、SM2 签章，一个事务） */
        post: operations["issueCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照详情与事件 */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{identifier}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成加注件（仅供某事项使用，限期有效） */
        post: operations["makeCertificateCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{identifier}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 换发（更正数据）或续期（不带数据） */
        post: operations["replaceCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{identifier}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注销证照 */
        post: operations["revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{identifier}/share-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成亮证码（数分钟内有效；对方凭码查看证照内容，每次查看记入数据使用记录） */
        post: operations["createShareCode"];
        /** 停止亮证：该证照的亮证码立即失效 */
        delete: operations["endShareCodes"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验电子证照：仅凭标识只答有效与否；出示证照（二维码、JSON）或亮证码方见内容 */
        post: operations["verifyCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/verify/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验上传的电子证照文件（PDF 或 JSON） */
        post: operations["verifyCertificateFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 平台时间：实际时间或模拟时间（模拟环境横幅据此显示） */
        get: operations["getPlatformClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{documentId}/json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载签名的 JSON（可离线核验） */
        get: operations["downloadCertificateJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{documentId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载 PDF（证照或加注件） */
        get: operations["downloadCertificatePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/dtf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 前沿距离计算器：按最优值、最差值计算各指标得分及平均分 */
        post: operations["calculateDtf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicator-system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 默认营商环境评价指标体系（一级、二级指标及前沿值） */
        get: operations["getDefaultIndicatorSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/reforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 改革模拟列表（最近 50 个，含进度与结果） */
        get: operations["listReformScenarios"];
        put?: never;
        /** 改革模拟：提交改革措施，在同一随机种子的模拟年度上与基线对比（后台运行） */
        post: operations["submitReformScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/reforms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个改革模拟：进度，完成后为 3545 指标、各市得分与排名（与基线并列） */
        get: operations["getReformScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的营商环境评价 */
        get: operations["listEvaluations"];
        put?: never;
        /** 运行一次营商环境评价（实测平台办件，导入调查数据，计分排名） */
        post: operations["runEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次评价的全部指标值、来源、得分与排名 */
        get: operations["getEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载评价报告 PDF（加盖平台电子印章） */
        get: operations["downloadEvaluationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 改革指标：某区域（省、市、县、大厅）某期间的办件量、时效、一次办好率与 3545 目标 */
        get: operations["getFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/figures/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标背后的办件（按游标翻页；每次查看记入申请人的数据使用记录） */
        get: operations["listFiguresCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/figures/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出指标表格（CSV 或 XLSX，有行数上限） */
        get: operations["exportFiguresTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查（含数据库） */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 存活检查（不访问数据库） */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 知识库检索（边输入边查） */
        get: operations["searchArticles"];
        put?: never;
        /** 新增知识库答案（责任人、复核日期） */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 知识库答案（现行版本） */
        get: operations["getArticle"];
        /** 修订知识库答案（保留历史版本） */
        put: operations["reviseArticle"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/articles/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 知识库答案的各个版本 */
        get: operations["listArticleVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/callers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来电人的历史工单和办件（记入其数据使用记录） */
        get: operations["getCallerHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/curated-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人工维护的知识库答案（按复核日期排列） */
        get: operations["listCuratedArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/dispatch-catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 维护派单目录：本地区及上级地区的规则 */
        get: operations["listDispatchCatalogue"];
        /** 修改派单目录的一条规则（设定或删除承办部门，须说明理由，留存历史） */
        put: operations["changeDispatchRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/dispatch-catalogue/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单目录的修改历史 */
        get: operations["listDispatchRuleChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/dispatch-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单目录（地区 × 类别 → 承办部门） */
        get: operations["listDispatchRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 热线指标：直接办结率、按时签收与答复率、退回率、重办率、满意率 */
        get: operations["getHotlineFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单列表（热线中心按地区，承办部门按本部门） */
        get: operations["listTickets"];
        put?: never;
        /** 受理来电（可同时直接答复办结或派单） */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一张工单（承办部门未经同意看不到来电人联系方式） */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/case-timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉所涉办件的时间线（在本人权限范围内） */
        get: operations["getTicketCaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派单（按派单目录，改派须说明理由） */
        post: operations["dispatchTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请延期（最多 10 个工作日） */
        post: operations["requestTicketExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/extension-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 热线中心审核延期 */
        post: operations["decideTicketExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并重复工单（告知每位来电人） */
        post: operations["mergeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办部门答复（5 个工作日内） */
        post: operations["replyTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回派错的工单（2 个工作日内，说明理由） */
        post: operations["returnTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/return-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 热线中心审核退回（最终决定） */
        post: operations["decideTicketReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/revisit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访（不满意则重办） */
        post: operations["revisitTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotline/tickets/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办部门签收（1 个工作日内） */
        post: operations["signTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录（工作人员需短信验证码二次验证） */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工作人员登录第二因素 */
        post: operations["completeSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在所有设备上退出 */
        post: operations["logoutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 自然人注册（姓名、身份证号、手机号） */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传进展佐证材料（PDF、JPEG、PNG；按内容判定类型） */
        post: operations["uploadLedgerEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看进展佐证材料 */
        get: operations["downloadLedgerEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 明察暗访记录（游标分页） */
        get: operations["listInspections"];
        put?: never;
        /** 记录明察暗访发现的问题，可同时下达限期整改任务 */
        post: operations["recordInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通报表扬与问责记录（游标分页） */
        get: operations["listLedgerRecords"];
        put?: never;
        /** 记录通报表扬或问责（须说明理由） */
        post: operations["addLedgerRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进展报告（部门人员只见本部门的；游标分页） */
        get: operations["listLedgerReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核进展报告：通过或退回（须说明理由），每份报告只审核一次 */
        post: operations["reviewLedgerReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 改革任务台账（措施、专项行动、重点、成果、整改任务及其节点） */
        get: operations["listLedgerTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项改革任务及其节点 */
        get: operations["getLedgerTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 责任单位报送任务节点进展（附佐证材料） */
        post: operations["reportLedgerProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我发出的委托 */
        get: operations["listMyMandates"];
        put?: never;
        /** 委托代办员或经办人 */
        post: operations["grantMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mandates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销委托 */
        post: operations["revokeMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mandates/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我收到的委托（代办员、经办人） */
        get: operations["listReceivedMandates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前身份 */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/acting-as": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 切换身份：本人或所代表的单位 */
        post: operations["actAs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的证照（切换为单位时为单位的证照） */
        get: operations["listMyCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/co-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 等待本人作为买受人确认的共同申请 */
        get: operations["listPendingCoApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/data-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的数据使用记录（按游标翻页） */
        get: operations["listMyDataUse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 法定代表人绑定单位 */
        post: operations["bindEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/entities/{uscc}/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位的法定代表人与经办人 */
        get: operations["listEntityBindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/entities/{uscc}/data-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位的数据使用记录（法定代表人，按游标翻页） */
        get: operations["listEntityDataUse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/entities/{uscc}/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 授权经办人 */
        post: operations["addEntityHandler"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/entities/{uscc}/handlers/{bindingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消经办人授权 */
        delete: operations["revokeEntityHandler"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/phone/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新发送手机验证码 */
        post: operations["resendPhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/phone/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 验证手机号（实名等级：手机验证） */
        post: operations["verifyPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/real-name/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 与人口库比对（实名等级：人口库核验） */
        post: operations["verifyRealNameByRegistry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sharing-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我给部门系统的授权（切换为单位时为单位的授权） */
        get: operations["listMySharingConsents"];
        put?: never;
        /** 授权一个部门系统或合作方按用途查询我的信息（至多一年，可随时撤回） */
        post: operations["grantSharingConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sharing-consents/{reference}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回授权（立即生效） */
        post: operations["withdrawSharingConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的诉求 */
        get: operations["listOwnTickets"];
        put?: never;
        /** 网上提交诉求（12345） */
        post: operations["fileOwnTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计数字背后的红黄牌清单（游标分页） */
        get: operations["listMonitoringCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 红黄牌统计（按市、县、部门或事项） */
        get: operations["getCardCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本部门的红黄牌与待办督办单 */
        get: operations["getMonitoringInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的督办单（含升级至市、省的） */
        get: operations["listSupervisionOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/orders/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收督办单（部门负责人，1 个工作日内） */
        post: operations["acknowledgeSupervisionOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/orders/{id}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对督办单作书面说明并承诺办结日期 */
        post: operations["explainSupervisionOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即运行一次电子监察（亮牌、消牌、督办与升级） */
        post: operations["runMonitoringPass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门与行政审批服务局 */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政务服务大厅、便民服务中心、服务站与自助终端 */
        get: operations["listServicePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/service-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个服务网点（名称、地址、类型与办公时间） */
        get: operations["getServicePoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 服务账号以客户端凭证换取访问令牌（OAuth 2.0，有效期 10 分钟）
         * @description 表单编码（application/x-www-form-urlencoded）。客户端以 HTTP Basic 或表单字段 client_id、client_secret 认证；scope 以空格分隔，须为账号已获准的范围。错误按 RFC 6749 第 5.2 节返回。
         */
        post: operations["requestAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 开放数据集目录（可按主题、发布部门筛选） */
        get: operations["listDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个数据集的目录信息（字段、更新频率、许可、下载次数） */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data/datasets/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载整个数据集（CSV、JSON 或 XLSX；计入下载次数） */
        get: operations["downloadDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data/datasets/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据集接口：按页码或按位置（after）翻页、按字段筛选、选择字段（未知字段返回 400） */
        get: operations["queryDatasetRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的通报（公开；游标分页） */
        get: operations["listPublicBulletins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份已发布的通报（公开） */
        get: operations["getPublicBulletin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bulletins/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已发布通报的 PDF（加盖平台电子印章） */
        get: operations["downloadBulletinPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全省改革主要指标（公开：仅全省合计与 3545 目标） */
        get: operations["getPublicFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 差评与整改、申诉列表（好差评管理：本地区；被评价部门：本部门） */
        get: operations["listRatings"];
        put?: never;
        /** 评价一次服务（一事一评：网上、短信、窗口评价器） */
        post: operations["createRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条评价及其整改、申诉 */
        get: operations["getRating"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 被评价部门申诉（恶意差评） */
        post: operations["appealRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/{id}/appeal-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核申诉（说明理由，评价不删除） */
        post: operations["reviewRatingAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/{id}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 差评回访（承办部门） */
        post: operations["recordRatingCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评价人确认整改结果 */
        post: operations["confirmRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交整改情况与佐证 */
        post: operations["submitRectificationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 好差评管理核实整改 */
        post: operations["verifyRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 好差评公开数据与月度排名（按部门、大厅、窗口） */
        get: operations["getRatingFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划（按上级和日期） */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个行政区划及其上级路径 */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公布的电子印章公钥（十六进制与 PEM；含已轮换、已吊销的；格式见 docs/certificate-format.md） */
        get: operations["listSeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一枚电子印章 */
        get: operations["getSeal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seals/{id}/picture.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 印章图样（SVG） */
        get: operations["getSealPicture"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/certificates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按持证人与证照类型查询电子证照（须附持证人授权编号或其办件编号；不含证照内容） */
        post: operations["lookUpSharedCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/credit/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查询法人的公共信用状态（失信、守信名单；须说明用途） */
        post: operations["readSharedCreditStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/entities/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 读取法人库登记信息（须说明用途；不含法定代表人身份证号） */
        post: operations["readSharedEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/identity-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 身份核验：姓名与公民身份号码是否一致（须说明用途，记入本人的数据使用记录） */
        post: operations["checkIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/persons/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按用途读取人口库信息（须附办件编号或本人授权编号；只返回账号获准的字段） */
        post: operations["readSharedPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本账号的事件订阅 */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * 订阅事件推送（https 地址；签名密钥只显示这一次）
         * @description 每个事件以 POST 推送 JSON，请求头 X-Yici-Event-Id（稳定，可据此去重）、X-Yici-Event-Type、X-Yici-Timestamp 与 X-Yici-Signature: hmac-sm3=<hex>，签名为以订阅密钥对 “<timestamp>.<body>” 计算的 HMAC-SM3。至少送达一次；失败按退避重试，超过次数暂停订阅并标记账号。
         */
        post: operations["subscribeToEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递记录（新的在前，游标分页：状态、次数、最后一次的结果） */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/subscriptions/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重放：自某时起的事件重新推送（事件编号不变；暂停的订阅随之恢复） */
        post: operations["replayEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/entity-bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 统一社会信用代码校验未通过时人工核验绑定 */
        post: operations["bindEntityAtWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/identity/verify-in-person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口当面实名核验 */
        post: operations["verifyInPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/registries/persons/{idNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询人口库（须说明用途，记入数据使用记录） */
        get: operations["lookupPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 部门待办（按角色与辖区；可筛选我的、即将到期、已超期）
         * @description 问题代码 (problem codes): CURSOR_INVALID, CURSOR_OTHER_LIST, PAGE_SIZE_TOO_LARGE
         */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一项审批任务
         * @description 问题代码 (problem codes): TASK_NOT_FOUND, NOT_FOUND_OR_OUT_OF_SCOPE
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认领（两人同时认领：一人成功，另一人 409） */
        post: operations["claimTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 决定：准予（签发证照、开启后续事项）或不予许可 */
        post: operations["decideTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准延期（每项任务一次；不计为超期） */
        post: operations["extendTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/materials/{materialKey}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申请材料文件（在线预览；工作人员每次查看记入申请人的数据使用记录）
         * @description 问题代码 (problem codes): CASE_NOT_FOUND, TASK_NOT_FOUND, MATERIAL_NOT_FOUND, MATERIAL_FILE_NOT_FOUND
         */
        get: operations["downloadTaskMaterialFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审查意见（联合审查各部门分别出具） */
        post: operations["opinionTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/request-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 要求申请人补正（暂停任务与办件计时） */
        post: operations["requestCorrectionTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束特别程序，恢复计时 */
        post: operations["resumeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/special-procedure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 进入特别程序（听证、检验检测、专家评审等，暂停计时） */
        post: operations["specialProcedureTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/elsewhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本辖区由其他部门办理的在办任务数（按部门计数，不含办件信息）：说明待办为何为空 */
        get: operations["countTasksElsewhere"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传申请材料文件（PDF、JPEG、PNG；按内容判定类型；按 SHA-256 存储）
         * @description 问题代码 (problem codes): UPLOAD_EMPTY, UPLOAD_TYPE_NOT_ALLOWED, UPLOAD_TYPE_MISMATCH, UPLOAD_TOO_LARGE
         */
        post: operations["uploadMaterialFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptDeferredRequest: {
            materials: {
                materialKey: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                supplyBy: string;
            }[];
            /** @description the applicant’s signed promise (承诺书) */
            promise: string;
        };
        AcceptDeferredRequestInput: {
            materials: {
                materialKey: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                supplyBy: string;
            }[];
            /** @description the applicant’s signed promise (承诺书) */
            promise: string;
        };
        AccountSubscription: {
            createdAt: string;
            deliveries: {
                delivered: components["schemas"]["ListCount"];
                failed: components["schemas"]["ListCount"];
                pending: components["schemas"]["ListCount"];
            };
            eventTypes: string[];
            id: string;
            /** @enum {string} */
            status: "active" | "suspended" | "cancelled";
            url: string;
        };
        AccountSubscriptionInput: {
            createdAt: string;
            deliveries: {
                delivered: components["schemas"]["ListCountInput"];
                failed: components["schemas"]["ListCountInput"];
                pending: components["schemas"]["ListCountInput"];
            };
            eventTypes: string[];
            id: string;
            /** @enum {string} */
            status: "active" | "suspended" | "cancelled";
            url: string;
        };
        AuditCheckpoint: {
            /** Format: date-time */
            at: string;
            /** @constant */
            format: "yici-audit-checkpoint/1";
            linkHash: string;
            publicKey: string;
            seq: number;
            signature: string;
        };
        AuditCheckpointInput: {
            /** Format: date-time */
            at: string;
            /** @constant */
            format: "yici-audit-checkpoint/1";
            linkHash: string;
            publicKey: string;
            seq: number;
            signature: string;
        };
        AuditEntry: {
            action: string;
            actor: {
                id: string | null;
                /** @enum {string} */
                kind: "anonymous" | "person" | "staff" | "system" | "machine";
                label: string;
            };
            at: string;
            caseId: string | null;
            details: {
                [key: string]: unknown;
            };
            id: number;
            ip: string | null;
            onBehalfOf: {
                /** @enum {string} */
                capacity?: "legal_representative" | "handler";
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                mandateId?: string;
            } | null;
            purpose: string | null;
            requestId: string;
            sealedAt: string | null;
            /** @description position in the chain; null until sealed */
            seq: number | null;
            subject: {
                id: string;
                type: string;
            };
        };
        AuditEntryInput: {
            action: string;
            actor: {
                id: string | null;
                /** @enum {string} */
                kind: "anonymous" | "person" | "staff" | "system" | "machine";
                label: string;
            };
            at: string;
            caseId: string | null;
            details: {
                [key: string]: unknown;
            };
            id: number;
            ip: string | null;
            onBehalfOf: {
                /** @enum {string} */
                capacity?: "legal_representative" | "handler";
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                mandateId?: string;
            } | null;
            purpose: string | null;
            requestId: string;
            sealedAt: string | null;
            /** @description position in the chain; null until sealed */
            seq: number | null;
            subject: {
                id: string;
                type: string;
            };
        };
        AuditEntryPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["AuditEntry"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        AuditEntryPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["AuditEntryInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        AuditVerification: {
            /** @description checkpoints matched against the chain */
            checkpoints: number;
            /** @description the last link; note it elsewhere to detect a deleted tail later */
            head: {
                linkHash: string;
                seq: number;
            } | null;
            /** @constant */
            ok: true;
            /** @description entries in the chain, all verified */
            sealed: number;
            /** @description batch signatures verified with the trusted audit key */
            signedBatches: number;
            /** @description entries awaiting sealing; their content hashes verified */
            unsealed: number;
        } | {
            /** @description entries verified before the break */
            checked: number;
            firstBroken: {
                /** @description the signed batch whose signature no longer matches the chain */
                batch?: {
                    firstSeq: number;
                    lastSeq: number;
                };
                /** @description null when no row holds the position any more */
                id: number | null;
                missingSeq?: number;
                /** @enum {string} */
                reason: "content_changed" | "link_broken" | "missing_entry" | "signature_invalid" | "signature_missing" | "checkpoint_mismatch";
                seq: number | null;
            };
            /** @constant */
            ok: false;
        };
        AuditVerificationInput: {
            /** @description checkpoints matched against the chain */
            checkpoints: number;
            /** @description the last link; note it elsewhere to detect a deleted tail later */
            head: {
                linkHash: string;
                seq: number;
            } | null;
            /** @constant */
            ok: true;
            /** @description entries in the chain, all verified */
            sealed: number;
            /** @description batch signatures verified with the trusted audit key */
            signedBatches: number;
            /** @description entries awaiting sealing; their content hashes verified */
            unsealed: number;
        } | {
            /** @description entries verified before the break */
            checked: number;
            firstBroken: {
                /** @description the signed batch whose signature no longer matches the chain */
                batch?: {
                    firstSeq: number;
                    lastSeq: number;
                };
                /** @description null when no row holds the position any more */
                id: number | null;
                missingSeq?: number;
                /** @enum {string} */
                reason: "content_changed" | "link_broken" | "missing_entry" | "signature_invalid" | "signature_missing" | "checkpoint_mismatch";
                seq: number | null;
            };
            /** @constant */
            ok: false;
        };
        AuditVerifyRequest: {
            /** @description checkpoints kept outside the platform (the witness copies); the server adds its own files */
            checkpoints?: components["schemas"]["AuditCheckpoint"][];
        } | null;
        AuditVerifyRequestInput: {
            /** @description checkpoints kept outside the platform (the witness copies); the server adds its own files */
            checkpoints?: components["schemas"]["AuditCheckpointInput"][];
        } | null;
        Batch: {
            id: string;
            itemCount: number;
            name: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            publishedOn: string;
        };
        BatchInput: {
            id: string;
            itemCount: number;
            name: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            publishedOn: string;
        };
        Bulletin: {
            content: components["schemas"]["BulletinContent"];
            correctsId: string | null;
            correctsNumber: string | null;
            createdAt: string;
            id: string;
            introduction: string;
            /** @description given at publication, e.g. 鲁一次办好通〔2018〕3号 */
            number: string | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodFrom: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodTo: string;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            title: string;
            version: number;
        };
        BulletinContent: {
            accountabilities: {
                reason: string;
                subjectName: string;
            }[];
            commendations: {
                reason: string;
                subjectName: string;
            }[];
            figures3545: {
                best: {
                    cases: number;
                    medianWorkdays: number;
                    name: string;
                    regionCode: string;
                }[];
                bundleId: string;
                name: string;
                promisedDays: number;
                worst: {
                    cases: number;
                    medianWorkdays: number;
                    name: string;
                    regionCode: string;
                }[];
            }[];
            ledger: {
                milestones: number;
                milestonesDone: number;
                milestonesOverdue: number;
                tasks: number;
                tasksDone: number;
            };
            overdueTasks: {
                code: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                dueOn: string;
                leadDepartmentName: string | null;
                milestone: string;
                title: string;
            }[];
            redCardsByCity: {
                count: number;
                key: string;
                name: string;
            }[];
            redCardsByDepartment: {
                count: number;
                key: string;
                name: string;
            }[];
        };
        BulletinContentInput: {
            accountabilities: {
                reason: string;
                subjectName: string;
            }[];
            commendations: {
                reason: string;
                subjectName: string;
            }[];
            figures3545: {
                best: {
                    cases: number;
                    medianWorkdays: number;
                    name: string;
                    regionCode: string;
                }[];
                bundleId: string;
                name: string;
                promisedDays: number;
                worst: {
                    cases: number;
                    medianWorkdays: number;
                    name: string;
                    regionCode: string;
                }[];
            }[];
            ledger: {
                milestones: number;
                milestonesDone: number;
                milestonesOverdue: number;
                tasks: number;
                tasksDone: number;
            };
            overdueTasks: {
                code: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                dueOn: string;
                leadDepartmentName: string | null;
                milestone: string;
                title: string;
            }[];
            redCardsByCity: {
                count: number;
                key: string;
                name: string;
            }[];
            redCardsByDepartment: {
                count: number;
                key: string;
                name: string;
            }[];
        };
        BulletinInput: {
            content: components["schemas"]["BulletinContentInput"];
            correctsId: string | null;
            correctsNumber: string | null;
            createdAt: string;
            id: string;
            introduction: string;
            /** @description given at publication, e.g. 鲁一次办好通〔2018〕3号 */
            number: string | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodFrom: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodTo: string;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            title: string;
            version: number;
        };
        BulletinPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["Bulletin"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        BulletinPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["BulletinInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        Bundle: {
            /**
             * @description service object: person 自然人, legal_person 企业法人及其他组织
             * @enum {string}
             */
            audience: "person" | "legal_person";
            description: string;
            id: string;
            name: string;
            /** @enum {string} */
            onDenial: "deny_all" | "continue_others";
            steps: {
                basicCode: string;
                dependsOn: string[];
                /** @description several departments give opinions on this one step (多评合一, 多图联审) */
                jointDepartments: ("approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services")[];
                key: string;
                name: string;
                /**
                 * @description material keys this step makes inside the bundle (the seal step makes the seal impressions): never asked of the applicant
                 * @default []
                 */
                produces: string[];
                stage: string | null;
            }[];
            targetDays: number;
            themes: string[];
        };
        BundleInput: {
            /**
             * @description service object: person 自然人, legal_person 企业法人及其他组织
             * @enum {string}
             */
            audience: "person" | "legal_person";
            description: string;
            id: string;
            name: string;
            /** @enum {string} */
            onDenial: "deny_all" | "continue_others";
            steps: {
                basicCode: string;
                dependsOn: string[];
                /** @description several departments give opinions on this one step (多评合一, 多图联审) */
                jointDepartments: ("approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services")[];
                key: string;
                name: string;
                /**
                 * @description material keys this step makes inside the bundle (the seal step makes the seal impressions): never asked of the applicant
                 * @default []
                 */
                produces: string[];
                stage: string | null;
            }[];
            targetDays: number;
            themes: string[];
        };
        CalendarStatus: {
            currentYear: {
                provisional: boolean;
                year: number;
            };
            nextYear: {
                provisional: boolean;
                year: number;
            };
            /** Format: date */
            today: string;
            /** @description set from 1 November while next year is provisional */
            warning: {
                message: string;
                year: number;
            } | null;
        };
        CalendarStatusInput: {
            currentYear: {
                provisional: boolean;
                year: number;
            };
            nextYear: {
                provisional: boolean;
                year: number;
            };
            /** Format: date */
            today: string;
            /** @description set from 1 November while next year is provisional */
            warning: {
                message: string;
                year: number;
            } | null;
        };
        CalendarYear: {
            holidays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            /**
             * @description package data, an administrator override (both official), or provisional: computed from the law until the notice is entered
             * @enum {string}
             */
            source: "chinese-days" | "override" | "provisional";
            workdays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            year: number;
        };
        CalendarYearEntry: {
            /** @description running clocks whose due day was computed again */
            clocksRederived: number;
            /** @description of those, clocks whose due day changed */
            dueDaysMoved: number;
            holidays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            /**
             * @description package data, an administrator override (both official), or provisional: computed from the law until the notice is entered
             * @enum {string}
             */
            source: "chinese-days" | "override" | "provisional";
            workdays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            year: number;
        };
        CalendarYearEntryInput: {
            /** @description running clocks whose due day was computed again */
            clocksRederived: number;
            /** @description of those, clocks whose due day changed */
            dueDaysMoved: number;
            holidays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            /**
             * @description package data, an administrator override (both official), or provisional: computed from the law until the notice is entered
             * @enum {string}
             */
            source: "chinese-days" | "override" | "provisional";
            workdays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            year: number;
        };
        CalendarYearInput: {
            holidays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            /**
             * @description package data, an administrator override (both official), or provisional: computed from the law until the notice is entered
             * @enum {string}
             */
            source: "chinese-days" | "override" | "provisional";
            workdays: {
                /** Format: date */
                date: string;
                name: string;
            }[];
            year: number;
        };
        CalendarYears: {
            years: {
                /**
                 * @description package data, an administrator override (both official), or provisional: computed from the law until the notice is entered
                 * @enum {string}
                 */
                source: "chinese-days" | "override" | "provisional";
                year: number;
            }[];
        };
        CalendarYearsInput: {
            years: {
                /**
                 * @description package data, an administrator override (both official), or provisional: computed from the law until the notice is entered
                 * @enum {string}
                 */
                source: "chinese-days" | "override" | "provisional";
                year: number;
            }[];
        };
        CallerHistory: {
            cases: components["schemas"]["CaseSummary"][];
            hasAccount: boolean;
            name: string | null;
            tickets: {
                /** @enum {string} */
                category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                /** @enum {string} */
                channel: "phone" | "web" | "app" | "rating";
                createdAt: string;
                department: {
                    id: string;
                    name: string;
                } | null;
                excerpt: string;
                id: string;
                /** @enum {string} */
                kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                regionCode: string;
                /** @enum {string} */
                status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
                ticketNumber: string;
            }[];
        };
        CallerHistoryInput: {
            cases: components["schemas"]["CaseSummaryInput"][];
            hasAccount: boolean;
            name: string | null;
            tickets: {
                /** @enum {string} */
                category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                /** @enum {string} */
                channel: "phone" | "web" | "app" | "rating";
                createdAt: string;
                department: {
                    id: string;
                    name: string;
                } | null;
                excerpt: string;
                id: string;
                /** @enum {string} */
                kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                regionCode: string;
                /** @enum {string} */
                status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
                ticketNumber: string;
            }[];
        };
        CardPage: {
            count: components["schemas"]["ListCount"];
            items: {
                clearedOn: string | null;
                clearReason: ("due_soon" | "overdue" | "extended" | "due_moved" | "stopped" | "clock_gone") | null;
                departmentId: string | null;
                departmentName: string | null;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                dueOn: string;
                history: {
                    at: string;
                    /** @enum {string} */
                    kind: "raised" | "escalated" | "eased" | "cleared";
                    /** @enum {string} */
                    level: "yellow" | "red";
                    /**
                     * Format: date
                     * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                     */
                    on: string;
                    /** @enum {string} */
                    reason: "due_soon" | "overdue" | "extended" | "due_moved" | "stopped" | "clock_gone";
                }[];
                id: string;
                itemCode: string | null;
                itemName: string | null;
                /** @enum {string} */
                kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                /** @enum {string} */
                level: "yellow" | "red";
                orderId: string | null;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                raisedOn: string;
                regionCode: string;
                /** @enum {string} */
                status: "open" | "cleared";
                subjectId: string;
                subjectLabel: string | null;
                subjectType: string;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        CardPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: {
                clearedOn: string | null;
                clearReason: ("due_soon" | "overdue" | "extended" | "due_moved" | "stopped" | "clock_gone") | null;
                departmentId: string | null;
                departmentName: string | null;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                dueOn: string;
                history: {
                    at: string;
                    /** @enum {string} */
                    kind: "raised" | "escalated" | "eased" | "cleared";
                    /** @enum {string} */
                    level: "yellow" | "red";
                    /**
                     * Format: date
                     * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                     */
                    on: string;
                    /** @enum {string} */
                    reason: "due_soon" | "overdue" | "extended" | "due_moved" | "stopped" | "clock_gone";
                }[];
                id: string;
                itemCode: string | null;
                itemName: string | null;
                /** @enum {string} */
                kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                /** @enum {string} */
                level: "yellow" | "red";
                orderId: string | null;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                raisedOn: string;
                regionCode: string;
                /** @enum {string} */
                status: "open" | "cleared";
                subjectId: string;
                subjectLabel: string | null;
                subjectType: string;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        Case: {
            acceptedOn: string | null;
            applicant: {
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description GB/T 39554.1: implementation code + yyyyMMdd + serial (43) */
            caseNumber: string | null;
            certificateIdentifiers: string[];
            /** @enum {string} */
            channel: "online" | "window" | "agent";
            clock: components["schemas"]["Clock"];
            completedAt: string | null;
            createdAt: string;
            delivery: components["schemas"]["Delivery"];
            fields: components["schemas"]["CombinedFormField"][];
            filedBy: {
                /** @enum {string} */
                kind: "person" | "staff";
                name: string;
            };
            /** @description the combined form: field key → value (numbers and dates as text; a multi_choice field as its option values joined by commas, e.g. official,finance) */
            form: {
                [key: string]: string;
            };
            id: string;
            materials: components["schemas"]["CaseMaterial"][];
            notices: components["schemas"]["Notice"][];
            outcome: ("granted" | "partly_granted" | "denied") | null;
            regionCode: string;
            regionName: string;
            servicePoint: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "draft" | "awaiting_co_applicant" | "submitted" | "correction_requested" | "refused" | "in_review" | "completed" | "terminated" | "withdrawn";
            submittedAt: string | null;
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
            tasks: components["schemas"]["Task"][];
            title: string;
            version: number;
            visits: number;
        };
        CaseInput: {
            acceptedOn: string | null;
            applicant: {
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description GB/T 39554.1: implementation code + yyyyMMdd + serial (43) */
            caseNumber: string | null;
            certificateIdentifiers: string[];
            /** @enum {string} */
            channel: "online" | "window" | "agent";
            clock: components["schemas"]["ClockInput"];
            completedAt: string | null;
            createdAt: string;
            delivery: components["schemas"]["DeliveryInput"];
            fields: components["schemas"]["CombinedFormFieldInput"][];
            filedBy: {
                /** @enum {string} */
                kind: "person" | "staff";
                name: string;
            };
            /** @description the combined form: field key → value (numbers and dates as text; a multi_choice field as its option values joined by commas, e.g. official,finance) */
            form: {
                [key: string]: string;
            };
            id: string;
            materials: components["schemas"]["CaseMaterialInput"][];
            notices: components["schemas"]["NoticeInput"][];
            outcome: ("granted" | "partly_granted" | "denied") | null;
            regionCode: string;
            regionName: string;
            servicePoint: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "draft" | "awaiting_co_applicant" | "submitted" | "correction_requested" | "refused" | "in_review" | "completed" | "terminated" | "withdrawn";
            submittedAt: string | null;
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
            tasks: components["schemas"]["TaskInput"][];
            title: string;
            version: number;
            visits: number;
        };
        CaseMaterial: {
            certificateIdentifier: string | null;
            certificateType: string | null;
            deferrable: boolean;
            file: {
                fileName: string;
                mediaType: string;
                sha256: string;
                size: number;
            } | null;
            key: string;
            name: string;
            /** @description what the last one-time notice said is wrong */
            problem: string | null;
            promiseAllowed: boolean;
            promiseText: string | null;
            registryValue: components["schemas"]["PrefilledValue"] | null;
            required: boolean;
            /** @enum {string} */
            sourceKind: "upload" | "certificate" | "registry";
            /** @enum {string} */
            state: "missing" | "uploaded" | "certificate" | "registry" | "form" | "bundle_result" | "promised" | "deferred" | "not_applicable";
            supplyBy: string | null;
            usedBy: string[];
        };
        CaseMaterialInput: {
            certificateIdentifier: string | null;
            certificateType: string | null;
            deferrable: boolean;
            file: {
                fileName: string;
                mediaType: string;
                sha256: string;
                size: number;
            } | null;
            key: string;
            name: string;
            /** @description what the last one-time notice said is wrong */
            problem: string | null;
            promiseAllowed: boolean;
            promiseText: string | null;
            registryValue: components["schemas"]["PrefilledValueInput"] | null;
            required: boolean;
            /** @enum {string} */
            sourceKind: "upload" | "certificate" | "registry";
            /** @enum {string} */
            state: "missing" | "uploaded" | "certificate" | "registry" | "form" | "bundle_result" | "promised" | "deferred" | "not_applicable";
            supplyBy: string | null;
            usedBy: string[];
        };
        CaseSummary: {
            applicant: {
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description GB/T 39554.1: implementation code + yyyyMMdd + serial (43) */
            caseNumber: string | null;
            /** @enum {string} */
            channel: "online" | "window" | "agent";
            clock: components["schemas"]["Clock"];
            createdAt: string;
            id: string;
            outcome: ("granted" | "partly_granted" | "denied") | null;
            regionCode: string;
            /** @enum {string} */
            status: "draft" | "awaiting_co_applicant" | "submitted" | "correction_requested" | "refused" | "in_review" | "completed" | "terminated" | "withdrawn";
            submittedAt: string | null;
            title: string;
            visits: number;
        };
        CaseSummaryInput: {
            applicant: {
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description GB/T 39554.1: implementation code + yyyyMMdd + serial (43) */
            caseNumber: string | null;
            /** @enum {string} */
            channel: "online" | "window" | "agent";
            clock: components["schemas"]["ClockInput"];
            createdAt: string;
            id: string;
            outcome: ("granted" | "partly_granted" | "denied") | null;
            regionCode: string;
            /** @enum {string} */
            status: "draft" | "awaiting_co_applicant" | "submitted" | "correction_requested" | "refused" | "in_review" | "completed" | "terminated" | "withdrawn";
            submittedAt: string | null;
            title: string;
            visits: number;
        };
        Certificate: {
            /** @description SM3 digest (hex) of the canonical content (RFC 8785 JCS, UTF-8); a checksum, not what is signed */
            contentHash: string;
            /**
             * @description credibility level A–D
             * @enum {string}
             */
            credibility: "A" | "B" | "C" | "D";
            /** @description fields per the type's schema */
            data: {
                [key: string]: unknown;
            };
            holder: {
                /** @description ID number or USCC */
                id: string;
                /**
                 * @description person 自然人; legal_person 法人及其他组织
                 * @enum {string}
                 */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description GB/T 36904: 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check> */
            identifier: string;
            /** Format: date-time */
            issuedAt: string;
            issuer: {
                name: string;
                uscc: string;
            };
            /** @description identifier of the certificate that replaced it */
            replacedBy: string | null;
            revokedReason: string | null;
            seal: {
                id: string;
                ownerName: string;
            };
            /** @description SM2 signature over the canonical content's UTF-8 bytes (e = SM3(Z ‖ M), user id 1234567812345678), r ‖ s as 128 hex characters; see docs/certificate-format.md */
            signature: string;
            /** @enum {string} */
            status: "valid" | "revoked" | "expired" | "replaced";
            type: {
                /** @description defining agency's USCC + 3 digits (21 characters) */
                code: string;
                name: string;
                slug: string;
            };
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            validFrom: string;
            /** @description null = long-term (长期) */
            validTo: string | null;
        };
        CertificateCopy: {
            caseId: string | null;
            createdAt: string;
            expiresOn: string;
            id: string;
            identifier: string;
            purpose: string;
        };
        CertificateCopyInput: {
            caseId: string | null;
            createdAt: string;
            expiresOn: string;
            id: string;
            identifier: string;
            purpose: string;
        };
        CertificateField: {
            key: string;
            /** @description Chinese label */
            label: string;
            /** @description the allowed values of an enum field */
            options?: {
                label: string;
                value: string;
            }[];
            required: boolean;
            /** @enum {string} */
            type: "string" | "date" | "number" | "enum";
        };
        CertificateFieldInput: {
            key: string;
            /** @description Chinese label */
            label: string;
            /** @description the allowed values of an enum field */
            options?: {
                label: string;
                value: string;
            }[];
            required: boolean;
            /** @enum {string} */
            type: "string" | "date" | "number" | "enum";
        };
        CertificateInput: {
            /** @description SM3 digest (hex) of the canonical content (RFC 8785 JCS, UTF-8); a checksum, not what is signed */
            contentHash: string;
            /**
             * @description credibility level A–D
             * @enum {string}
             */
            credibility: "A" | "B" | "C" | "D";
            /** @description fields per the type's schema */
            data: {
                [key: string]: unknown;
            };
            holder: {
                /** @description ID number or USCC */
                id: string;
                /**
                 * @description person 自然人; legal_person 法人及其他组织
                 * @enum {string}
                 */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description GB/T 36904: 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check> */
            identifier: string;
            /** Format: date-time */
            issuedAt: string;
            issuer: {
                name: string;
                uscc: string;
            };
            /** @description identifier of the certificate that replaced it */
            replacedBy: string | null;
            revokedReason: string | null;
            seal: {
                id: string;
                ownerName: string;
            };
            /** @description SM2 signature over the canonical content's UTF-8 bytes (e = SM3(Z ‖ M), user id 1234567812345678), r ‖ s as 128 hex characters; see docs/certificate-format.md */
            signature: string;
            /** @enum {string} */
            status: "valid" | "revoked" | "expired" | "replaced";
            type: {
                /** @description defining agency's USCC + 3 digits (21 characters) */
                code: string;
                name: string;
                slug: string;
            };
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            validFrom: string;
            /** @description null = long-term (长期) */
            validTo: string | null;
        };
        /**
         * @example {
         *       "holderKind": "legal_person",
         *       "holderId": "91370102MA3C00000X",
         *       "type": "food_business_licence",
         *       "purpose": "核实食品经营许可",
         *       "consentReference": "SQ-1A2B3C4D5E6F"
         *     }
         */
        CertificateLookupRequest: {
            caseId?: string;
            consentReference?: string;
            holderId: string;
            /** @enum {string} */
            holderKind: "person" | "legal_person";
            purpose: string;
            type: string;
        };
        /**
         * @example {
         *       "holderKind": "legal_person",
         *       "holderId": "91370102MA3C00000X",
         *       "type": "food_business_licence",
         *       "purpose": "核实食品经营许可",
         *       "consentReference": "SQ-1A2B3C4D5E6F"
         *     }
         */
        CertificateLookupRequestInput: {
            caseId?: string;
            consentReference?: string;
            holderId: string;
            /** @enum {string} */
            holderKind: "person" | "legal_person";
            purpose: string;
            type: string;
        };
        CertificateLookupResult: {
            certificates: components["schemas"]["HeldCertificate"][];
        };
        CertificateLookupResultInput: {
            certificates: components["schemas"]["HeldCertificateInput"][];
        };
        CertificateTypeList: components["schemas"]["CertificateTypeSummary"][];
        CertificateTypeListInput: components["schemas"]["CertificateTypeSummaryInput"][];
        CertificateTypeSummary: {
            /** @description defining agency's USCC + 3 digits (21 characters) */
            code: string;
            /** @description basic codes of the items that take it as a material */
            consumedByItems: string[];
            /**
             * @description what a certificate of this type issued by the platform counts as
             * @enum {string}
             */
            credibility: "A" | "B" | "C" | "D";
            definingAgency: {
                name: string;
                uscc: string;
            };
            fields: components["schemas"]["CertificateField"][];
            /**
             * @description who usually holds a certificate of this type
             * @enum {string}
             */
            holderKind: "person" | "legal_person";
            /** @description basic codes of the items whose result it is */
            issuedByItems: string[];
            name: string;
            slug: string;
            /** @description the validity rule, in Chinese */
            validity: string;
        };
        CertificateTypeSummaryInput: {
            /** @description defining agency's USCC + 3 digits (21 characters) */
            code: string;
            /** @description basic codes of the items that take it as a material */
            consumedByItems: string[];
            /**
             * @description what a certificate of this type issued by the platform counts as
             * @enum {string}
             */
            credibility: "A" | "B" | "C" | "D";
            definingAgency: {
                name: string;
                uscc: string;
            };
            fields: components["schemas"]["CertificateFieldInput"][];
            /**
             * @description who usually holds a certificate of this type
             * @enum {string}
             */
            holderKind: "person" | "legal_person";
            /** @description basic codes of the items whose result it is */
            issuedByItems: string[];
            name: string;
            slug: string;
            /** @description the validity rule, in Chinese */
            validity: string;
        };
        CertificateValidity: {
            identifier: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            issuedOn: string;
            issuer: {
                name: string;
                uscc: string;
            };
            /** @enum {string} */
            status: "valid" | "revoked" | "expired" | "replaced";
            type: {
                /** @description defining agency's USCC + 3 digits (21 characters) */
                code: string;
                name: string;
                slug: string;
            };
        };
        CertificateValidityInput: {
            identifier: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            issuedOn: string;
            issuer: {
                name: string;
                uscc: string;
            };
            /** @enum {string} */
            status: "valid" | "revoked" | "expired" | "replaced";
            type: {
                /** @description defining agency's USCC + 3 digits (21 characters) */
                code: string;
                name: string;
                slug: string;
            };
        };
        Clock: {
            /** @enum {string} */
            card: "green" | "yellow" | "red" | "paused" | "stopped" | "not_started";
            dueOn: string | null;
            elapsedWorkdays: number;
            extendedDays: number;
            limitDays: number;
            paused: boolean;
            pausedWorkdays: number;
            /** @description the due day (and the days counted) depend on a year whose holidays are computed from the law until the notice is entered: shown as 预计 */
            provisional: boolean;
            remainingWorkdays: number | null;
            startsOn: string | null;
            stoppedOn: string | null;
        };
        ClockAdvanceRequest: {
            /**
             * Format: date-time
             * @description the instant to move to (not earlier than now)
             */
            to?: string;
            /** @description working days forward */
            workingDays?: number;
        };
        ClockAdvanceRequestInput: {
            /**
             * Format: date-time
             * @description the instant to move to (not earlier than now)
             */
            to?: string;
            /** @description working days forward */
            workingDays?: number;
        };
        ClockInput: {
            /** @enum {string} */
            card: "green" | "yellow" | "red" | "paused" | "stopped" | "not_started";
            dueOn: string | null;
            elapsedWorkdays: number;
            extendedDays: number;
            limitDays: number;
            paused: boolean;
            pausedWorkdays: number;
            /** @description the due day (and the days counted) depend on a year whose holidays are computed from the law until the notice is entered: shown as 预计 */
            provisional: boolean;
            remainingWorkdays: number | null;
            startsOn: string | null;
            stoppedOn: string | null;
        };
        CoApplicantAtWindow: {
            idNumber: string;
            name: string;
        };
        CoApplicantAtWindowInput: {
            idNumber: string;
            name: string;
        };
        CoApplication: {
            /** @description the regulation that makes both parties apply */
            basis: string;
            caseId: string;
            caseNumber: string | null;
            filedAt: string;
            filedByName: string;
            propertyLocation: string | null;
            /** @description the part the person takes, e.g. 买受人 */
            role: string;
            title: string;
            transactionPrice: string | null;
        };
        CoApplicationInput: {
            /** @description the regulation that makes both parties apply */
            basis: string;
            caseId: string;
            caseNumber: string | null;
            filedAt: string;
            filedByName: string;
            propertyLocation: string | null;
            /** @description the part the person takes, e.g. 买受人 */
            role: string;
            title: string;
            transactionPrice: string | null;
        };
        CombinedFormField: {
            appliesWhen?: {
                field: string;
                in: string[];
            } | null;
            hint?: string;
            key: string;
            label: string;
            options?: {
                label: string;
                value: string;
            }[];
            prefill?: {
                field: string;
                /** @enum {string} */
                registry: "population" | "legal_entity" | "account";
            } | null;
            required: boolean;
            /** @enum {string} */
            type: "text" | "textarea" | "number" | "date" | "choice" | "multi_choice" | "id_number" | "uscc" | "phone";
            /** @description basic codes of the items that ask this field */
            usedBy: string[];
        };
        CombinedFormFieldInput: {
            appliesWhen?: {
                field: string;
                in: string[];
            } | null;
            hint?: string;
            key: string;
            label: string;
            options?: {
                label: string;
                value: string;
            }[];
            prefill?: {
                field: string;
                /** @enum {string} */
                registry: "population" | "legal_entity" | "account";
            } | null;
            required: boolean;
            /** @enum {string} */
            type: "text" | "textarea" | "number" | "date" | "choice" | "multi_choice" | "id_number" | "uscc" | "phone";
            /** @description basic codes of the items that ask this field */
            usedBy: string[];
        };
        ConsistencyReport: {
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            asOf: string;
            deviatingImplementationCount: number;
            deviations: components["schemas"]["Deviation"][];
            implementationCount: number;
            itemCount: number;
            qaFindings: components["schemas"]["QaFinding"][];
        };
        ConsistencyReportInput: {
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            asOf: string;
            deviatingImplementationCount: number;
            deviations: components["schemas"]["DeviationInput"][];
            implementationCount: number;
            itemCount: number;
            qaFindings: components["schemas"]["QaFindingInput"][];
        };
        CreateApplicationRequest: {
            applicant?: {
                /** @description ID number or USCC */
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
            };
            /**
             * @description material keys whose certificate the applicant declined
             * @default []
             */
            declinedCertificates: string[];
            /**
             * @default {
             *       "method": "electronic"
             *     }
             */
            delivery: {
                address?: string;
                /**
                 * @description electronic 电子送达 · pickup 窗口领取 (a visit) · mail 邮寄
                 * @enum {string}
                 */
                method: "electronic" | "pickup" | "mail";
                phone?: string;
                recipient?: string;
            };
            /** @description the combined form: field key → value (numbers and dates as text; a multi_choice field as its option values joined by commas, e.g. official,finance) */
            form: {
                [key: string]: string;
            };
            /** @default [] */
            materials: ({
                fileName: string;
                /** @constant */
                kind: "upload";
                materialKey: string;
                sha256: string;
            } | {
                identifier: string;
                /** @constant */
                kind: "certificate";
                materialKey: string;
            } | {
                /** @constant */
                kind: "promise";
                materialKey: string;
                text: string;
            })[];
            /** @description the hall where a clerk takes it in */
            servicePointId?: string;
            /**
             * @description false keeps a draft
             * @default true
             */
            submit: boolean;
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
        };
        CreateApplicationRequestInput: {
            applicant?: {
                /** @description ID number or USCC */
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
            };
            /**
             * @description material keys whose certificate the applicant declined
             * @default []
             */
            declinedCertificates: string[];
            /**
             * @default {
             *       "method": "electronic"
             *     }
             */
            delivery: {
                address?: string;
                /**
                 * @description electronic 电子送达 · pickup 窗口领取 (a visit) · mail 邮寄
                 * @enum {string}
                 */
                method: "electronic" | "pickup" | "mail";
                phone?: string;
                recipient?: string;
            };
            /** @description the combined form: field key → value (numbers and dates as text; a multi_choice field as its option values joined by commas, e.g. official,finance) */
            form: {
                [key: string]: string;
            };
            /** @default [] */
            materials: ({
                fileName: string;
                /** @constant */
                kind: "upload";
                materialKey: string;
                sha256: string;
            } | {
                identifier: string;
                /** @constant */
                kind: "certificate";
                materialKey: string;
            } | {
                /** @constant */
                kind: "promise";
                materialKey: string;
                text: string;
            })[];
            /** @description the hall where a clerk takes it in */
            servicePointId?: string;
            /**
             * @description false keeps a draft
             * @default true
             */
            submit: boolean;
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
        };
        CreateMandateRequest: {
            actions: ("apply" | "supply_materials" | "view" | "receive_results")[];
            /** @description the agent staff login or the handler phone */
            agentLogin: string;
            bundleId?: string;
            caseId?: string;
            /** @enum {string} */
            scopeKind: "case" | "bundle" | "period";
            /** Format: date-time */
            validTo: string;
        };
        CreateMandateRequestInput: {
            actions: ("apply" | "supply_materials" | "view" | "receive_results")[];
            /** @description the agent staff login or the handler phone */
            agentLogin: string;
            bundleId?: string;
            caseId?: string;
            /** @enum {string} */
            scopeKind: "case" | "bundle" | "period";
            /** Format: date-time */
            validTo: string;
        };
        /**
         * @example {
         *       "name": "济南市市场监督管理局业务系统",
         *       "kind": "department",
         *       "scopes": [
         *         "sharing:identity_check",
         *         "sharing:events"
         *       ],
         *       "personFields": [
         *         "name"
         *       ],
         *       "regionCode": "3701",
         *       "departmentId": null
         *     }
         */
        CreateServiceAccount: {
            /** @default null */
            departmentId: string | null;
            /** @enum {string} */
            kind: "department" | "bank" | "utility" | "province" | "partner";
            name: string;
            /** @default [] */
            personFields: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            regionCode: string;
            scopes: string[];
        };
        /**
         * @example {
         *       "name": "济南市市场监督管理局业务系统",
         *       "kind": "department",
         *       "scopes": [
         *         "sharing:identity_check",
         *         "sharing:events"
         *       ],
         *       "personFields": [
         *         "name"
         *       ],
         *       "regionCode": "3701",
         *       "departmentId": null
         *     }
         */
        CreateServiceAccountInput: {
            /** @default null */
            departmentId: string | null;
            /** @enum {string} */
            kind: "department" | "bank" | "utility" | "province" | "partner";
            name: string;
            /** @default [] */
            personFields: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            regionCode: string;
            scopes: string[];
        };
        CreateShareCode: {
            /** @default 5 */
            minutes: number;
        };
        CreateShareCodeInput: {
            /** @default 5 */
            minutes: number;
        };
        CreateStaffRequest: {
            departmentId: string | null;
            login: string;
            name: string;
            password: string;
            phone: string;
            regionCode: string;
            roles: ("window_clerk" | "reviewer" | "approver" | "agent" | "hotline_operator" | "supervisor" | "evaluator" | "administrator")[];
        };
        CreateStaffRequestInput: {
            departmentId: string | null;
            login: string;
            name: string;
            password: string;
            phone: string;
            regionCode: string;
            roles: ("window_clerk" | "reviewer" | "approver" | "agent" | "hotline_operator" | "supervisor" | "evaluator" | "administrator")[];
        };
        CreditEntry: {
            id: string;
            issuingBody: string;
            /** @enum {string} */
            list: "blacklist" | "redlist";
            reason: string;
            /** @description ID number (masked in lists) or USCC */
            subjectId: string;
            /** @enum {string} */
            subjectType: "person" | "legal_person";
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            validFrom: string;
            /** @description exclusive end date; null = until lifted */
            validTo: string | null;
        };
        CreditEntryInput: {
            id: string;
            issuingBody: string;
            /** @enum {string} */
            list: "blacklist" | "redlist";
            reason: string;
            /** @description ID number (masked in lists) or USCC */
            subjectId: string;
            /** @enum {string} */
            subjectType: "person" | "legal_person";
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            validFrom: string;
            /** @description exclusive end date; null = until lifted */
            validTo: string | null;
        };
        CreditStatus: {
            blacklisted: boolean;
            /** @description entries in force on the date asked about */
            entries: components["schemas"]["CreditEntry"][];
            redlisted: boolean;
        };
        CreditStatusInput: {
            blacklisted: boolean;
            /** @description entries in force on the date asked about */
            entries: components["schemas"]["CreditEntryInput"][];
            redlisted: boolean;
        };
        Dataset: {
            description: string;
            downloads: number;
            fields: {
                key: string;
                label: string;
                /** @enum {string} */
                type: "string" | "number" | "boolean";
            }[];
            frequency: string;
            id: string;
            /** @description the fields rows are ordered by, a unique key: `after` and `next` hold their values */
            key: string[];
            licence: string;
            publisher: string;
            theme: string;
            title: string;
        };
        DatasetInput: {
            description: string;
            downloads: number;
            fields: {
                key: string;
                label: string;
                /** @enum {string} */
                type: "string" | "number" | "boolean";
            }[];
            frequency: string;
            id: string;
            /** @description the fields rows are ordered by, a unique key: `after` and `next` hold their values */
            key: string[];
            licence: string;
            publisher: string;
            theme: string;
            title: string;
        };
        DatasetRows: {
            items: {
                [key: string]: string | number | boolean | null;
            }[];
            /** @description the key of the last row as a JSON array (the dataset’s `key` fields, in order): pass it as `after` for the next page; null on the last page */
            next: string | null;
            /** @description null on a page asked with `after` */
            page: number | null;
            pageSize: number;
            /** @description rows matching the filter; null on a page asked with `after` (counting would read them all) */
            total: number | null;
        };
        DatasetRowsInput: {
            items: {
                [key: string]: string | number | boolean | null;
            }[];
            /** @description the key of the last row as a JSON array (the dataset’s `key` fields, in order): pass it as `after` for the next page; null on the last page */
            next: string | null;
            /** @description null on a page asked with `after` */
            page: number | null;
            pageSize: number;
            /** @description rows matching the filter; null on a page asked with `after` (counting would read them all) */
            total: number | null;
        };
        DataUseEntry: {
            /** Format: date-time */
            at: string;
            caseId: string | null;
            fields: string[];
            id: number;
            /** @description set when an agent or handler read under a mandate */
            mandateId: string | null;
            purpose: string;
            /** @enum {string} */
            readerKind: "anonymous" | "person" | "staff" | "system" | "machine";
            readerLabel: string;
            /** @description ID number (masked) or USCC */
            subjectId: string;
            /** @enum {string} */
            subjectType: "person" | "legal_person";
        };
        DataUseEntryInput: {
            /** Format: date-time */
            at: string;
            caseId: string | null;
            fields: string[];
            id: number;
            /** @description set when an agent or handler read under a mandate */
            mandateId: string | null;
            purpose: string;
            /** @enum {string} */
            readerKind: "anonymous" | "person" | "staff" | "system" | "machine";
            readerLabel: string;
            /** @description ID number (masked) or USCC */
            subjectId: string;
            /** @enum {string} */
            subjectType: "person" | "legal_person";
        };
        DataUsePage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["DataUseEntry"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        DataUsePageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["DataUseEntryInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        DecideRequest: {
            /** @enum {string} */
            decision: "grant" | "deny";
            reason: string;
            /** @description certificate fields that the form does not give (overrides) */
            resultData?: {
                [key: string]: unknown;
            };
            version?: number;
        };
        DecideRequestInput: {
            /** @enum {string} */
            decision: "grant" | "deny";
            reason: string;
            /** @description certificate fields that the form does not give (overrides) */
            resultData?: {
                [key: string]: unknown;
            };
            version?: number;
        };
        DeliverRequest: {
            trackingNumber?: string;
        };
        DeliverRequestInput: {
            trackingNumber?: string;
        };
        Delivery: {
            address: string | null;
            deliveredAt: string | null;
            /**
             * @description electronic 电子送达 · pickup 窗口领取 (a visit) · mail 邮寄
             * @enum {string}
             */
            method: "electronic" | "pickup" | "mail";
            /** @enum {string} */
            status: "not_ready" | "ready" | "delivered";
            trackingNumber: string | null;
        };
        DeliveryInput: {
            address: string | null;
            deliveredAt: string | null;
            /**
             * @description electronic 电子送达 · pickup 窗口领取 (a visit) · mail 邮寄
             * @enum {string}
             */
            method: "electronic" | "pickup" | "mail";
            /** @enum {string} */
            status: "not_ready" | "ready" | "delivered";
            trackingNumber: string | null;
        };
        Department: {
            id: string;
            /** @enum {string} */
            kind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            /** @enum {string} */
            level: "province" | "city" | "county";
            name: string;
            regionCode: string;
            uscc: string;
        };
        DepartmentInput: {
            id: string;
            /** @enum {string} */
            kind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            /** @enum {string} */
            level: "province" | "city" | "county";
            name: string;
            regionCode: string;
            uscc: string;
        };
        Deviation: {
            actual: unknown;
            basicCode: string;
            element: string;
            implementationCode: string;
            itemName: string;
            /** @enum {string} */
            kind: "different" | "extra" | "missing" | "looser" | "stricter";
            message: string;
            regionCode: string;
            regionName: string;
            standard: unknown;
        };
        DeviationInput: {
            actual: unknown;
            basicCode: string;
            element: string;
            implementationCode: string;
            itemName: string;
            /** @enum {string} */
            kind: "different" | "extra" | "missing" | "looser" | "stricter";
            message: string;
            regionCode: string;
            regionName: string;
            standard: unknown;
        };
        DtfInput: {
            components: {
                best: number;
                value: number;
                worst: number;
            }[];
        };
        DtfInputInput: {
            components: {
                best: number;
                value: number;
                worst: number;
            }[];
        };
        DtfResult: {
            mean: number;
            /** @description 100 × (worst − value) / (worst − best), clamped to [0, 100] */
            scores: number[];
        };
        DtfResultInput: {
            mean: number;
            /** @description 100 × (worst − value) / (worst − best), clamped to [0, 100] */
            scores: number[];
        };
        EntityBinding: {
            accountId: string;
            /** @enum {string} */
            capacity: "legal_representative" | "handler";
            createdAt: string;
            entityName: string;
            holderName: string;
            id: string;
            overrideReason: string | null;
            uscc: string;
        };
        EntityBindingInput: {
            accountId: string;
            /** @enum {string} */
            capacity: "legal_representative" | "handler";
            createdAt: string;
            entityName: string;
            holderName: string;
            id: string;
            overrideReason: string | null;
            uscc: string;
        };
        Evaluation: {
            casesMeasured: number;
            /** @description ranked first, then the unranked */
            cities: components["schemas"]["EvaluationCityResult"][];
            createdAt: string;
            createdBy: string;
            definitions: {
                term: string;
                text: string;
            }[];
            id: string;
            indicatorsLeftOut: {
                key: string;
                reason: string;
            }[];
            previousEvaluationId: string | null;
            system: components["schemas"]["EvaluationIndicatorSystem"];
            title: string;
            year: number;
        };
        EvaluationCityResult: {
            code: string;
            complete: boolean;
            firstLevels: {
                complete: boolean;
                key: string;
                rank: number | null;
                score: number | null;
            }[];
            indicators: components["schemas"]["EvaluationIndicatorValue"][];
            name: string;
            previous: {
                rank: number | null;
                total: number | null;
                year: number;
            } | null;
            rank: number | null;
            total: number | null;
        };
        EvaluationCityResultInput: {
            code: string;
            complete: boolean;
            firstLevels: {
                complete: boolean;
                key: string;
                rank: number | null;
                score: number | null;
            }[];
            indicators: components["schemas"]["EvaluationIndicatorValueInput"][];
            name: string;
            previous: {
                rank: number | null;
                total: number | null;
                year: number;
            } | null;
            rank: number | null;
            total: number | null;
        };
        EvaluationFirstLevelIndicator: {
            key: string;
            name: string;
        };
        EvaluationFirstLevelIndicatorInput: {
            key: string;
            name: string;
        };
        EvaluationIndicator: {
            best: number;
            /** @enum {string} */
            direction: "lower_better" | "higher_better";
            /** @description the key of its first-level indicator */
            firstLevel: string;
            key: string;
            measure: {
                bundleId: string;
                /** @enum {string} */
                quantity: "time" | "procedures" | "cost";
            } | null;
            name: string;
            /** @enum {string} */
            source: "measured" | "imported";
            unit: string;
            worst: number;
        };
        EvaluationIndicatorInput: {
            best: number;
            /** @enum {string} */
            direction: "lower_better" | "higher_better";
            /** @description the key of its first-level indicator */
            firstLevel: string;
            key: string;
            measure: {
                bundleId: string;
                /** @enum {string} */
                quantity: "time" | "procedures" | "cost";
            } | null;
            name: string;
            /** @enum {string} */
            source: "measured" | "imported";
            unit: string;
            worst: number;
        };
        EvaluationIndicatorSystem: {
            firstLevels: components["schemas"]["EvaluationFirstLevelIndicator"][];
            indicators: components["schemas"]["EvaluationIndicator"][];
            name: string;
        };
        EvaluationIndicatorSystemInput: {
            firstLevels: components["schemas"]["EvaluationFirstLevelIndicatorInput"][];
            indicators: components["schemas"]["EvaluationIndicatorInput"][];
            name: string;
        };
        EvaluationIndicatorValue: {
            cases: number | null;
            key: string;
            /** @description why there is no value (never scored as zero) */
            missing: string | null;
            rank: number | null;
            score: number | null;
            /** @enum {string} */
            source: "measured" | "imported";
            value: number | null;
            workingDays: number | null;
        };
        EvaluationIndicatorValueInput: {
            cases: number | null;
            key: string;
            /** @description why there is no value (never scored as zero) */
            missing: string | null;
            rank: number | null;
            score: number | null;
            /** @enum {string} */
            source: "measured" | "imported";
            value: number | null;
            workingDays: number | null;
        };
        EvaluationInput: {
            casesMeasured: number;
            /** @description ranked first, then the unranked */
            cities: components["schemas"]["EvaluationCityResultInput"][];
            createdAt: string;
            createdBy: string;
            definitions: {
                term: string;
                text: string;
            }[];
            id: string;
            indicatorsLeftOut: {
                key: string;
                reason: string;
            }[];
            previousEvaluationId: string | null;
            system: components["schemas"]["EvaluationIndicatorSystemInput"];
            title: string;
            year: number;
        };
        EvaluationSummary: {
            cities: number;
            createdAt: string;
            id: string;
            title: string;
            year: number;
        };
        EvaluationSummaryInput: {
            cities: number;
            createdAt: string;
            id: string;
            title: string;
            year: number;
        };
        ExtendRequest: {
            days: number;
            reason: string;
        };
        ExtendRequestInput: {
            days: number;
            reason: string;
        };
        Figures3545Row: {
            bundleId: string;
            completed: number;
            medianWorkdays: number | null;
            name: string;
            onTimeShare: number | null;
            p90Workdays: number | null;
            promisedWorkdays: number;
            /** @description completed within the 3545 promise */
            withinPromiseShare: number | null;
        };
        Figures3545RowInput: {
            bundleId: string;
            completed: number;
            medianWorkdays: number | null;
            name: string;
            onTimeShare: number | null;
            p90Workdays: number | null;
            promisedWorkdays: number;
            /** @description completed within the 3545 promise */
            withinPromiseShare: number | null;
        };
        FiguresAreaRow: {
            area: string;
            /** @description 一次办好率: completed cases with ≤ 1 visit */
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            correctionRate: number | null;
            /** @description 容缺受理 cases */
            deferredCount: number;
            hasChildren: boolean;
            /** @enum {string} */
            kind: "region" | "hall";
            medianWorkdays: number | null;
            name: string;
            onTimeShare: number | null;
            p90Workdays: number | null;
            refusalRate: number | null;
            /** @description 免提交率: materials filled from registries or certificates */
            sharedMaterialsShare: number | null;
            zeroVisitShare: number | null;
        };
        FiguresAreaRowInput: {
            area: string;
            /** @description 一次办好率: completed cases with ≤ 1 visit */
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            correctionRate: number | null;
            /** @description 容缺受理 cases */
            deferredCount: number;
            hasChildren: boolean;
            /** @enum {string} */
            kind: "region" | "hall";
            medianWorkdays: number | null;
            name: string;
            onTimeShare: number | null;
            p90Workdays: number | null;
            refusalRate: number | null;
            /** @description 免提交率: materials filled from registries or certificates */
            sharedMaterialsShare: number | null;
            zeroVisitShare: number | null;
        };
        FiguresCardRow: {
            cleared: number;
            /** @description region code, department id or item code ("" when none) */
            key: string;
            name: string | null;
            openRed: number;
            /** @description open and yellow at the end of the period */
            openYellow: number;
            /** @description raised red or escalated to red in the period */
            redRaised: number;
            yellowRaised: number;
        };
        FiguresCardRowInput: {
            cleared: number;
            /** @description region code, department id or item code ("" when none) */
            key: string;
            name: string | null;
            openRed: number;
            /** @description open and yellow at the end of the period */
            openYellow: number;
            /** @description raised red or escalated to red in the period */
            redRaised: number;
            yellowRaised: number;
        };
        FiguresCards: {
            byArea: components["schemas"]["FiguresCardRow"][];
            byDepartment: components["schemas"]["FiguresCardRow"][];
            byItem: components["schemas"]["FiguresCardRow"][];
            total: components["schemas"]["FiguresCardRow"];
        };
        FiguresCardsInput: {
            byArea: components["schemas"]["FiguresCardRowInput"][];
            byDepartment: components["schemas"]["FiguresCardRowInput"][];
            byItem: components["schemas"]["FiguresCardRowInput"][];
            total: components["schemas"]["FiguresCardRowInput"];
        };
        FiguresCaseRow: {
            applicantName: string;
            caseId: string;
            caseNumber: string | null;
            /** @enum {string} */
            channel: "window" | "online" | "agent" | "anywhere";
            day: string;
            regionName: string;
            status: string;
            title: string;
            visits: number;
            workdays: number | null;
        };
        FiguresCaseRowInput: {
            applicantName: string;
            caseId: string;
            caseNumber: string | null;
            /** @enum {string} */
            channel: "window" | "online" | "agent" | "anywhere";
            day: string;
            regionName: string;
            status: string;
            title: string;
            visits: number;
            workdays: number | null;
        };
        FiguresCases: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["FiguresCaseRow"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description synthetic history counts in figures but is never listed */
            note: string;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        FiguresCasesInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["FiguresCaseRowInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description synthetic history counts in figures but is never listed */
            note: string;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        FiguresChannelRow: {
            cases: number;
            /** @enum {string} */
            channel: "window" | "online" | "agent" | "anywhere";
            share: number | null;
        };
        FiguresChannelRowInput: {
            cases: number;
            /** @enum {string} */
            channel: "window" | "online" | "agent" | "anywhere";
            share: number | null;
        };
        FiguresFeedback: {
            ratingsByDepartment: {
                badRatings: number;
                key: string;
                name: string;
                rank: number;
                ratings: number;
                rectifiedOnTimeShare: number | null;
                satisfiedShare: number | null;
            }[];
            ratingsByHall: {
                badRatings: number;
                key: string;
                name: string;
                rank: number;
                ratings: number;
                rectifiedOnTimeShare: number | null;
                satisfiedShare: number | null;
            }[];
            ticketsByDepartment: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
            ticketsByRegion: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
        };
        FiguresFeedbackInput: {
            ratingsByDepartment: {
                badRatings: number;
                key: string;
                name: string;
                rank: number;
                ratings: number;
                rectifiedOnTimeShare: number | null;
                satisfiedShare: number | null;
            }[];
            ratingsByHall: {
                badRatings: number;
                key: string;
                name: string;
                rank: number;
                ratings: number;
                rectifiedOnTimeShare: number | null;
                satisfiedShare: number | null;
            }[];
            ticketsByDepartment: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
            ticketsByRegion: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
        };
        FiguresHeadline: {
            /** @description 一次办好率: completed cases with ≤ 1 visit */
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            correctionRate: number | null;
            /** @description 容缺受理 cases */
            deferredCount: number;
            medianWorkdays: number | null;
            onTimeShare: number | null;
            p90Workdays: number | null;
            refusalRate: number | null;
            /** @description 免提交率: materials filled from registries or certificates */
            sharedMaterialsShare: number | null;
            zeroVisitShare: number | null;
        };
        FiguresHeadlineInput: {
            /** @description 一次办好率: completed cases with ≤ 1 visit */
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            correctionRate: number | null;
            /** @description 容缺受理 cases */
            deferredCount: number;
            medianWorkdays: number | null;
            onTimeShare: number | null;
            p90Workdays: number | null;
            refusalRate: number | null;
            /** @description 免提交率: materials filled from registries or certificates */
            sharedMaterialsShare: number | null;
            zeroVisitShare: number | null;
        };
        FiguresOverview: {
            area: {
                code: string;
                /** @enum {string} */
                kind: "region" | "hall";
                name: string;
                path: {
                    code: string;
                    name: string;
                }[];
            };
            /** @description null for a hall: cards name regions, not halls */
            cards: components["schemas"]["FiguresCards"] | null;
            channels: components["schemas"]["FiguresChannelRow"][];
            children: components["schemas"]["FiguresAreaRow"][];
            /** @description null for a hall */
            feedback: components["schemas"]["FiguresFeedback"] | null;
            from: string;
            headline: components["schemas"]["FiguresHeadline"];
            lag: {
                eventsBehind: number;
                foldedAt: string | null;
            };
            panel3545: components["schemas"]["Figures3545Row"][];
            ratings: {
                ratings: number;
                satisfiedShare: number | null;
            } | null;
            targets: components["schemas"]["FiguresTargetRow"][];
            to: string;
            weeks: components["schemas"]["FiguresWeekRow"][];
            /** @description catalog items of the area doable fully online (0 visits) */
            zeroVisitItemsShare: number | null;
        };
        FiguresOverviewInput: {
            area: {
                code: string;
                /** @enum {string} */
                kind: "region" | "hall";
                name: string;
                path: {
                    code: string;
                    name: string;
                }[];
            };
            /** @description null for a hall: cards name regions, not halls */
            cards: components["schemas"]["FiguresCardsInput"] | null;
            channels: components["schemas"]["FiguresChannelRowInput"][];
            children: components["schemas"]["FiguresAreaRowInput"][];
            /** @description null for a hall */
            feedback: components["schemas"]["FiguresFeedbackInput"] | null;
            from: string;
            headline: components["schemas"]["FiguresHeadlineInput"];
            lag: {
                eventsBehind: number;
                foldedAt: string | null;
            };
            panel3545: components["schemas"]["Figures3545RowInput"][];
            ratings: {
                ratings: number;
                satisfiedShare: number | null;
            } | null;
            targets: components["schemas"]["FiguresTargetRowInput"][];
            to: string;
            weeks: components["schemas"]["FiguresWeekRowInput"][];
            /** @description catalog items of the area doable fully online (0 visits) */
            zeroVisitItemsShare: number | null;
        };
        FiguresPublic: {
            from: string;
            headline: components["schemas"]["FiguresHeadline"];
            panel3545: components["schemas"]["Figures3545Row"][];
            to: string;
            zeroVisitItemsShare: number | null;
        };
        FiguresPublicInput: {
            from: string;
            headline: components["schemas"]["FiguresHeadlineInput"];
            panel3545: components["schemas"]["Figures3545RowInput"][];
            to: string;
            zeroVisitItemsShare: number | null;
        };
        FiguresTargetRow: {
            /** @description 一次办好率: completed cases with ≤ 1 visit */
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            correctionRate: number | null;
            /** @description 容缺受理 cases */
            deferredCount: number;
            /** @enum {string} */
            kind: "item" | "bundle";
            medianWorkdays: number | null;
            name: string;
            onTimeShare: number | null;
            p90Workdays: number | null;
            /** @description the 3545 promise of a bundle */
            promisedWorkdays: number | null;
            refusalRate: number | null;
            /** @description 免提交率: materials filled from registries or certificates */
            sharedMaterialsShare: number | null;
            target: string;
            zeroVisitShare: number | null;
        };
        FiguresTargetRowInput: {
            /** @description 一次办好率: completed cases with ≤ 1 visit */
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            correctionRate: number | null;
            /** @description 容缺受理 cases */
            deferredCount: number;
            /** @enum {string} */
            kind: "item" | "bundle";
            medianWorkdays: number | null;
            name: string;
            onTimeShare: number | null;
            p90Workdays: number | null;
            /** @description the 3545 promise of a bundle */
            promisedWorkdays: number | null;
            refusalRate: number | null;
            /** @description 免提交率: materials filled from registries or certificates */
            sharedMaterialsShare: number | null;
            target: string;
            zeroVisitShare: number | null;
        };
        FiguresWeekRow: {
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            onTimeShare: number | null;
            weekStart: string;
        };
        FiguresWeekRowInput: {
            atMostOneVisitShare: number | null;
            cases: number;
            completed: number;
            onTimeShare: number | null;
            weekStart: string;
        };
        FormField: {
            appliesWhen?: {
                field: string;
                in: string[];
            } | null;
            hint?: string;
            key: string;
            label: string;
            options?: {
                label: string;
                value: string;
            }[];
            prefill?: {
                field: string;
                /** @enum {string} */
                registry: "population" | "legal_entity" | "account";
            } | null;
            required: boolean;
            /** @enum {string} */
            type: "text" | "textarea" | "number" | "date" | "choice" | "multi_choice" | "id_number" | "uscc" | "phone";
        };
        FormFieldInput: {
            appliesWhen?: {
                field: string;
                in: string[];
            } | null;
            hint?: string;
            key: string;
            label: string;
            options?: {
                label: string;
                value: string;
            }[];
            prefill?: {
                field: string;
                /** @enum {string} */
                registry: "population" | "legal_entity" | "account";
            } | null;
            required: boolean;
            /** @enum {string} */
            type: "text" | "textarea" | "number" | "date" | "choice" | "multi_choice" | "id_number" | "uscc" | "phone";
        };
        /**
         * @example {
         *       "clientId": "yici-Q2xpZW50SWQx",
         *       "purpose": "开立银行账户核验身份",
         *       "validUntil": "2027-01-31",
         *       "personFields": [
         *         "name"
         *       ]
         *     }
         */
        GrantConsentRequest: {
            clientId: string;
            personFields?: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            purpose: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            validUntil: string;
        };
        /**
         * @example {
         *       "clientId": "yici-Q2xpZW50SWQx",
         *       "purpose": "开立银行账户核验身份",
         *       "validUntil": "2027-01-31",
         *       "personFields": [
         *         "name"
         *       ]
         *     }
         */
        GrantConsentRequestInput: {
            clientId: string;
            personFields?: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            purpose: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            validUntil: string;
        };
        Health: {
            /** @enum {string} */
            database: "pglite" | "postgresql";
            simulated: boolean;
            /** @constant */
            status: "ok";
            version: string;
        };
        HealthInput: {
            /** @enum {string} */
            database: "pglite" | "postgresql";
            simulated: boolean;
            /** @constant */
            status: "ok";
            version: string;
        };
        HeldCertificate: {
            holderName: string;
            identifier: string;
            issuer: {
                name: string;
                uscc: string;
            };
            /** @enum {string} */
            status: "valid" | "expired" | "revoked" | "replaced";
            type: {
                name: string;
                slug: string;
            };
            validFrom: string;
            validTo: string | null;
        };
        HeldCertificateInput: {
            holderName: string;
            identifier: string;
            issuer: {
                name: string;
                uscc: string;
            };
            /** @enum {string} */
            status: "valid" | "expired" | "revoked" | "replaced";
            type: {
                name: string;
                slug: string;
            };
            validFrom: string;
            validTo: string | null;
        };
        HotlineFigures: {
            byDepartment: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
            byRegion: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
        };
        HotlineFiguresInput: {
            byDepartment: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
            byRegion: {
                departmentId: string | null;
                departmentName: string | null;
                onSpotRate: number | null;
                regionCode: string;
                reopenRate: number | null;
                replyOnTimeRate: number | null;
                returnRate: number | null;
                satisfactionRate: number | null;
                signOnTimeRate: number | null;
                tickets: number;
            }[];
        };
        /**
         * @example {
         *       "idNumber": "370102199001011234",
         *       "name": "张三",
         *       "purpose": "开立账户核验身份"
         *     }
         */
        IdentityCheckRequest: {
            caseId?: string;
            consentReference?: string;
            idNumber: string;
            name: string;
            purpose: string;
        };
        /**
         * @example {
         *       "idNumber": "370102199001011234",
         *       "name": "张三",
         *       "purpose": "开立账户核验身份"
         *     }
         */
        IdentityCheckRequestInput: {
            caseId?: string;
            consentReference?: string;
            idNumber: string;
            name: string;
            purpose: string;
        };
        IdentityCheckResult: {
            matches: boolean;
        };
        IdentityCheckResultInput: {
            matches: boolean;
        };
        Inspection: {
            departmentId: string | null;
            findings: string;
            id: string;
            /** @enum {string} */
            method: "announced" | "unannounced";
            recordedByName: string;
            rectificationTaskId: string | null;
            regionCode: string;
            regionName: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            visitedOn: string;
        };
        InspectionInput: {
            departmentId: string | null;
            findings: string;
            id: string;
            /** @enum {string} */
            method: "announced" | "unannounced";
            recordedByName: string;
            rectificationTaskId: string | null;
            regionCode: string;
            regionName: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            visitedOn: string;
        };
        InspectionPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["Inspection"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        InspectionPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["InspectionInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        IssuedSecret: {
            account: components["schemas"]["ServiceAccount"];
            clientId: string;
            clientSecret: string;
            secretId: string;
        };
        IssuedSecretInput: {
            account: components["schemas"]["ServiceAccountInput"];
            clientId: string;
            clientSecret: string;
            secretId: string;
        };
        ItemImplementation: {
            acceptanceConditions: string[];
            audiences: ("person" | "legal_person")[];
            basicCode: string;
            batch: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                publishedOn: string;
            };
            /** @enum {string} */
            caseType: "immediate" | "promised";
            complaintPhone: string | null;
            consultationPhone: string | null;
            /** @enum {string} */
            departmentKind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            /** @description names of the elements that differ from the standard */
            deviations: string[];
            /** @enum {string} */
            exerciseLevel: "province" | "city" | "county" | "town" | "village";
            exerciseLevels: ("province" | "city" | "county" | "town" | "village")[];
            fees: {
                amountYuan: number;
                basis: string;
                name: string;
            }[];
            /** @description handling steps in order */
            flow: string[];
            /** @enum {string} */
            handleAnywhere: "none" | "city" | "province" | "cross_province";
            /** @description moved to the 行政审批服务局 where one exists */
            handledByApprovalBureau: boolean;
            handlingForms: ("window" | "online" | "mobile" | "mail")[];
            implementationCode: string;
            implementingBody: {
                name: string;
                uscc: string;
            };
            /** @enum {string} */
            itemType: "10" | "20" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
            itemTypeName: string;
            keywords: string[];
            legalBasis: string[];
            materials: components["schemas"]["Material"][];
            name: string;
            /** @description 一次办好 flag */
            oneVisit: boolean;
            onlineDepth: 1 | 2 | 3 | 4;
            promisedLimitDays: number;
            regionCode: string;
            regionName: string;
            resultCertificateType: string | null;
            resultName: string | null;
            situations: {
                field: string;
                label: string;
                options: {
                    label: string;
                    value: string;
                }[];
            }[];
            statutoryLimitDays: number;
            themes: string[];
            version: number;
            visitReason: string | null;
            visits: number;
        };
        ItemImplementationInput: {
            acceptanceConditions: string[];
            audiences: ("person" | "legal_person")[];
            basicCode: string;
            batch: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                publishedOn: string;
            };
            /** @enum {string} */
            caseType: "immediate" | "promised";
            complaintPhone: string | null;
            consultationPhone: string | null;
            /** @enum {string} */
            departmentKind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            /** @description names of the elements that differ from the standard */
            deviations: string[];
            /** @enum {string} */
            exerciseLevel: "province" | "city" | "county" | "town" | "village";
            exerciseLevels: ("province" | "city" | "county" | "town" | "village")[];
            fees: {
                amountYuan: number;
                basis: string;
                name: string;
            }[];
            /** @description handling steps in order */
            flow: string[];
            /** @enum {string} */
            handleAnywhere: "none" | "city" | "province" | "cross_province";
            /** @description moved to the 行政审批服务局 where one exists */
            handledByApprovalBureau: boolean;
            handlingForms: ("window" | "online" | "mobile" | "mail")[];
            implementationCode: string;
            implementingBody: {
                name: string;
                uscc: string;
            };
            /** @enum {string} */
            itemType: "10" | "20" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
            itemTypeName: string;
            keywords: string[];
            legalBasis: string[];
            materials: components["schemas"]["MaterialInput"][];
            name: string;
            /** @description 一次办好 flag */
            oneVisit: boolean;
            onlineDepth: 1 | 2 | 3 | 4;
            promisedLimitDays: number;
            regionCode: string;
            regionName: string;
            resultCertificateType: string | null;
            resultName: string | null;
            situations: {
                field: string;
                label: string;
                options: {
                    label: string;
                    value: string;
                }[];
            }[];
            statutoryLimitDays: number;
            themes: string[];
            version: number;
            visitReason: string | null;
            visits: number;
        };
        ItemSummary: {
            audiences: ("person" | "legal_person")[];
            basicCode: string;
            /** @description implementation code when a region was given, else basic code */
            code: string;
            /** @enum {string} */
            departmentKind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            departmentName: string;
            /** @description when a region was given: the levels that implement the item there, province first (the item is listed once, as its most local implementation) */
            implementedAt: {
                code: string;
                /** @enum {string} */
                level: "province" | "city" | "county" | "town" | "village";
                regionCode: string;
                regionName: string;
            }[];
            itemTypeName: string;
            name: string;
            oneVisit: boolean;
            onlineDepth: number;
            promisedLimitDays: number;
            regionCode: string | null;
            themes: string[];
            visits: number;
        };
        ItemSummaryInput: {
            audiences: ("person" | "legal_person")[];
            basicCode: string;
            /** @description implementation code when a region was given, else basic code */
            code: string;
            /** @enum {string} */
            departmentKind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            departmentName: string;
            /** @description when a region was given: the levels that implement the item there, province first (the item is listed once, as its most local implementation) */
            implementedAt: {
                code: string;
                /** @enum {string} */
                level: "province" | "city" | "county" | "town" | "village";
                regionCode: string;
                regionName: string;
            }[];
            itemTypeName: string;
            name: string;
            oneVisit: boolean;
            onlineDepth: number;
            promisedLimitDays: number;
            regionCode: string | null;
            themes: string[];
            visits: number;
        };
        KnowledgeArticle: {
            basicCode: string | null;
            body: string;
            id: string;
            owner: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            reviewOn: string;
            /** @enum {string} */
            source: "catalog" | "curated";
            title: string;
            version: number;
        };
        KnowledgeArticleInput: {
            basicCode: string | null;
            body: string;
            id: string;
            owner: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            reviewOn: string;
            /** @enum {string} */
            source: "catalog" | "curated";
            title: string;
            version: number;
        };
        LedgerRecord: {
            departmentId: string | null;
            id: string;
            /** @enum {string} */
            kind: "commendation" | "accountability";
            reason: string;
            recordedByName: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            recordedOn: string;
            regionCode: string | null;
            subjectName: string;
            taskId: string | null;
        };
        LedgerRecordInput: {
            departmentId: string | null;
            id: string;
            /** @enum {string} */
            kind: "commendation" | "accountability";
            reason: string;
            recordedByName: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            recordedOn: string;
            regionCode: string | null;
            subjectName: string;
            taskId: string | null;
        };
        LedgerRecordPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["LedgerRecord"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        LedgerRecordPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["LedgerRecordInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        LedgerTask: {
            code: string;
            id: string;
            inspectionId: string | null;
            /** @enum {string} */
            kind: "measure" | "special_action" | "key_point" | "deliverable" | "rectification";
            leadDepartmentId: string | null;
            leadDepartmentName: string | null;
            leaderRole: string | null;
            milestones: components["schemas"]["Milestone"][];
            responsibleDepartmentIds: string[];
            /** @description the sentence of the reform document the task comes from */
            sourceSentence: string | null;
            /** @enum {string} */
            status: "open" | "done";
            title: string;
            workingGroup: string | null;
        };
        LedgerTaskInput: {
            code: string;
            id: string;
            inspectionId: string | null;
            /** @enum {string} */
            kind: "measure" | "special_action" | "key_point" | "deliverable" | "rectification";
            leadDepartmentId: string | null;
            leadDepartmentName: string | null;
            leaderRole: string | null;
            milestones: components["schemas"]["MilestoneInput"][];
            responsibleDepartmentIds: string[];
            /** @description the sentence of the reform document the task comes from */
            sourceSentence: string | null;
            /** @enum {string} */
            status: "open" | "done";
            title: string;
            workingGroup: string | null;
        };
        LegalEntity: {
            /** @enum {string} */
            entityType: "limited_company" | "sole_proprietorship" | "partnership" | "individual_business" | "social_organisation";
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            establishedOn: string;
            legalRepresentativeIdNumber: string;
            legalRepresentativeName: string;
            name: string;
            registeredAddress: string;
            /** @description region of registration (county, or finer) */
            registeredRegionCode: string;
            /** @enum {string} */
            status: "active" | "deregistered" | "revoked";
            uscc: string;
        };
        LegalEntityInput: {
            /** @enum {string} */
            entityType: "limited_company" | "sole_proprietorship" | "partnership" | "individual_business" | "social_organisation";
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            establishedOn: string;
            legalRepresentativeIdNumber: string;
            legalRepresentativeName: string;
            name: string;
            registeredAddress: string;
            /** @description region of registration (county, or finer) */
            registeredRegionCode: string;
            /** @enum {string} */
            status: "active" | "deregistered" | "revoked";
            uscc: string;
        };
        LegalEntityView: {
            /** @enum {string} */
            entityType: "limited_company" | "sole_proprietorship" | "partnership" | "individual_business" | "social_organisation";
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            establishedOn: string;
            /** @description masked */
            legalRepresentativeIdNumber: string;
            legalRepresentativeName: string;
            name: string;
            registeredAddress: string;
            /** @description region of registration (county, or finer) */
            registeredRegionCode: string;
            /** @enum {string} */
            status: "active" | "deregistered" | "revoked";
            uscc: string;
        };
        LegalEntityViewInput: {
            /** @enum {string} */
            entityType: "limited_company" | "sole_proprietorship" | "partnership" | "individual_business" | "social_organisation";
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            establishedOn: string;
            /** @description masked */
            legalRepresentativeIdNumber: string;
            legalRepresentativeName: string;
            name: string;
            registeredAddress: string;
            /** @description region of registration (county, or finer) */
            registeredRegionCode: string;
            /** @enum {string} */
            status: "active" | "deregistered" | "revoked";
            uscc: string;
        };
        ListCount: {
            /** @description true: at least `value` rows match (the count stopped at the bound) */
            atLeast: boolean;
            value: number;
        };
        ListCountInput: {
            /** @description true: at least `value` rows match (the count stopped at the bound) */
            atLeast: boolean;
            value: number;
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        LivenessInput: {
            /** @constant */
            status: "ok";
        };
        LoginRequest: {
            login: string;
            password: string;
        };
        LoginRequestInput: {
            login: string;
            password: string;
        };
        Mandate: {
            actions: ("apply" | "supply_materials" | "view" | "receive_results")[];
            agentAccountId: string;
            agentName: string;
            bundleId: string | null;
            caseId: string | null;
            /** @enum {string} */
            grantorKind: "person" | "legal_person";
            grantorName: string;
            id: string;
            revokedAt: string | null;
            /** @enum {string} */
            scopeKind: "case" | "bundle" | "period";
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            validFrom: string;
            validTo: string;
        };
        MandateInput: {
            actions: ("apply" | "supply_materials" | "view" | "receive_results")[];
            agentAccountId: string;
            agentName: string;
            bundleId: string | null;
            caseId: string | null;
            /** @enum {string} */
            grantorKind: "person" | "legal_person";
            grantorName: string;
            id: string;
            revokedAt: string | null;
            /** @enum {string} */
            scopeKind: "case" | "bundle" | "period";
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            validFrom: string;
            validTo: string;
        };
        Material: {
            appliesWhen: {
                field: string;
                in: string[];
            } | null;
            copies: number;
            /** @description may be supplied later under 容缺受理 */
            deferrable: boolean;
            /** @enum {string} */
            form: "original" | "copy" | "original_and_copy" | "electronic";
            issuingBody: string | null;
            key: string;
            name: string;
            note: string | null;
            /** @description 告知承诺: a written promise may replace it */
            promiseAllowed: boolean;
            required: boolean;
            source: {
                /** @constant */
                kind: "upload";
            } | {
                certificateType: string;
                /** @constant */
                kind: "certificate";
            } | {
                field: string;
                /** @constant */
                kind: "registry";
                /** @enum {string} */
                registry: "population" | "legal_entity" | "credit";
            };
        };
        MaterialInput: {
            appliesWhen: {
                field: string;
                in: string[];
            } | null;
            copies: number;
            /** @description may be supplied later under 容缺受理 */
            deferrable: boolean;
            /** @enum {string} */
            form: "original" | "copy" | "original_and_copy" | "electronic";
            issuingBody: string | null;
            key: string;
            name: string;
            note: string | null;
            /** @description 告知承诺: a written promise may replace it */
            promiseAllowed: boolean;
            required: boolean;
            source: {
                /** @constant */
                kind: "upload";
            } | {
                certificateType: string;
                /** @constant */
                kind: "certificate";
            } | {
                field: string;
                /** @constant */
                kind: "registry";
                /** @enum {string} */
                registry: "population" | "legal_entity" | "credit";
            };
        };
        Me: {
            accountId: string | null;
            actingFor: {
                /** @enum {string} */
                capacity: "legal_representative" | "handler";
                name: string;
                uscc: string;
            } | null;
            csrfToken: string | null;
            departmentId: string | null;
            entities: {
                /** @enum {string} */
                capacity: "legal_representative" | "handler";
                name: string;
                uscc: string;
            }[];
            idNumberMasked: string | null;
            /** @enum {string} */
            kind: "anonymous" | "person" | "staff";
            name: string | null;
            phoneMasked: string | null;
            realNameLevel: ("phone" | "registry" | "in_person") | null;
            regionCode: string | null;
            roles: ("window_clerk" | "reviewer" | "approver" | "agent" | "hotline_operator" | "supervisor" | "evaluator" | "administrator")[];
        };
        MeInput: {
            accountId: string | null;
            actingFor: {
                /** @enum {string} */
                capacity: "legal_representative" | "handler";
                name: string;
                uscc: string;
            } | null;
            csrfToken: string | null;
            departmentId: string | null;
            entities: {
                /** @enum {string} */
                capacity: "legal_representative" | "handler";
                name: string;
                uscc: string;
            }[];
            idNumberMasked: string | null;
            /** @enum {string} */
            kind: "anonymous" | "person" | "staff";
            name: string | null;
            phoneMasked: string | null;
            realNameLevel: ("phone" | "registry" | "in_person") | null;
            regionCode: string | null;
            roles: ("window_clerk" | "reviewer" | "approver" | "agent" | "hotline_operator" | "supervisor" | "evaluator" | "administrator")[];
        };
        Milestone: {
            clock: components["schemas"]["Clock"] | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            dueOn: string;
            id: string;
            /** @enum {string} */
            status: "open" | "reported" | "done";
            taskId: string;
            title: string;
        };
        MilestoneInput: {
            clock: components["schemas"]["ClockInput"] | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            dueOn: string;
            id: string;
            /** @enum {string} */
            status: "open" | "reported" | "done";
            taskId: string;
            title: string;
        };
        NewSubscription: {
            signingKey: string;
            subscription: components["schemas"]["Subscription"];
        };
        NewSubscriptionInput: {
            signingKey: string;
            subscription: components["schemas"]["SubscriptionInput"];
        };
        Notice: {
            id: string;
            issuedAt: string;
            /** @enum {string} */
            kind: "correction" | "refusal" | "deferred_acceptance" | "acceptance";
            round: number;
            title: string;
        };
        NoticeInput: {
            id: string;
            issuedAt: string;
            /** @enum {string} */
            kind: "correction" | "refusal" | "deferred_acceptance" | "acceptance";
            round: number;
            title: string;
        };
        OAuthError: {
            error: string;
            error_description?: string;
        };
        OAuthErrorInput: {
            error: string;
            error_description?: string;
        };
        OrderPage: {
            count: components["schemas"]["ListCount"];
            items: {
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                cardId: string;
                departmentId: string | null;
                departmentName: string | null;
                dueOn: string | null;
                explainedAt: string | null;
                explainedBy: string | null;
                explanation: string | null;
                history: {
                    actorName: string;
                    at: string;
                    /** @enum {string} */
                    kind: "raised" | "escalated" | "acknowledged" | "explained";
                    /** @enum {string} */
                    level: "department" | "city" | "province";
                    note: string | null;
                }[];
                id: string;
                itemName: string | null;
                /** @enum {string} */
                kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                /** @enum {string} */
                level: "department" | "city" | "province";
                promisedOn: string | null;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                raisedOn: string;
                regionCode: string;
                /** @enum {string} */
                status: "open" | "acknowledged" | "explained";
                subjectLabel: string | null;
                version: number;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        OrderPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: {
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                cardId: string;
                departmentId: string | null;
                departmentName: string | null;
                dueOn: string | null;
                explainedAt: string | null;
                explainedBy: string | null;
                explanation: string | null;
                history: {
                    actorName: string;
                    at: string;
                    /** @enum {string} */
                    kind: "raised" | "escalated" | "acknowledged" | "explained";
                    /** @enum {string} */
                    level: "department" | "city" | "province";
                    note: string | null;
                }[];
                id: string;
                itemName: string | null;
                /** @enum {string} */
                kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                /** @enum {string} */
                level: "department" | "city" | "province";
                promisedOn: string | null;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                raisedOn: string;
                regionCode: string;
                /** @enum {string} */
                status: "open" | "acknowledged" | "explained";
                subjectLabel: string | null;
                version: number;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        OutboxMessage: {
            attempts: number;
            body: string;
            channel: string;
            createdAt: string;
            deliveredAt: string | null;
            id: number;
            recipient: string;
            template: string;
        };
        OutboxMessageInput: {
            attempts: number;
            body: string;
            channel: string;
            createdAt: string;
            deliveredAt: string | null;
            id: number;
            recipient: string;
            template: string;
        };
        OwnCasePage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["CaseSummary"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        OwnCasePageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["CaseSummaryInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        Person: {
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            birthDate: string;
            householdAddress: string;
            /** @description 户籍所在村（社区） */
            householdRegionCode: string;
            idNumber: string;
            name: string;
            phone: string;
            /** @enum {string} */
            sex: "male" | "female";
        };
        PersonInput: {
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            birthDate: string;
            householdAddress: string;
            /** @description 户籍所在村（社区） */
            householdRegionCode: string;
            idNumber: string;
            name: string;
            phone: string;
            /** @enum {string} */
            sex: "male" | "female";
        };
        PersonView: {
            householdRegionCode: string;
            /** @description masked, e.g. 370102********1238 */
            idNumber: string;
            name: string;
            /** @description masked, e.g. 138****0001 */
            phone: string;
            /** @enum {string} */
            sex: "male" | "female";
        };
        PersonViewInput: {
            householdRegionCode: string;
            /** @description masked, e.g. 370102********1238 */
            idNumber: string;
            name: string;
            /** @description masked, e.g. 138****0001 */
            phone: string;
            /** @enum {string} */
            sex: "male" | "female";
        };
        PlatformClock: {
            /** @enum {string} */
            mode: "real" | "simulated";
            /**
             * Format: date-time
             * @description the platform’s current instant (simulated in 模拟环境)
             */
            now: string;
            /** @description simulated seconds per real second; null: manual */
            rate: number | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            today: string;
        };
        PlatformClockInput: {
            /** @enum {string} */
            mode: "real" | "simulated";
            /**
             * Format: date-time
             * @description the platform’s current instant (simulated in 模拟环境)
             */
            now: string;
            /** @description simulated seconds per real second; null: manual */
            rate: number | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            today: string;
        };
        PrefilledValue: {
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            asOf: string;
            field: string;
            /** @description e.g. 人口库, 法人库, 账户 */
            source: string;
            value: string;
        };
        PrefilledValueInput: {
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            asOf: string;
            field: string;
            /** @description e.g. 人口库, 法人库, 账户 */
            source: string;
            value: string;
        };
        PrepareApplicationRequest: {
            applicant?: {
                /** @description ID number or USCC */
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
            };
            /** @description situation answers so far (the materials list follows them) */
            form?: {
                [key: string]: string;
            };
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
        };
        PrepareApplicationRequestInput: {
            applicant?: {
                /** @description ID number or USCC */
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
            };
            /** @description situation answers so far (the materials list follows them) */
            form?: {
                [key: string]: string;
            };
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
        };
        PreparedApplication: {
            applicant: {
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description on the credit blacklist: 容缺 is not available */
            blacklisted: boolean;
            certificateCandidates: {
                identifier: string;
                issuedAt: string;
                issuerName: string;
                materialKey: string;
                typeName: string;
                validTo: string | null;
            }[];
            /** @description the promised limit counted in working days from today: when the applicant can expect the result if the case is accepted today (null when the calendar cannot say) */
            expectedBy: string | null;
            fields: components["schemas"]["CombinedFormField"][];
            items: {
                basicCode: string;
                departmentName: string;
                dependsOn: string[];
                implementationCode: string;
                name: string;
                promisedLimitDays: number;
                /** @description what the item gives the applicant (营业执照, 不动产权证书) */
                resultName: string | null;
                stepKey: string | null;
            }[];
            materials: components["schemas"]["CaseMaterial"][];
            prefilled: components["schemas"]["PrefilledValue"][];
            promisedLimitDays: number;
            regionCode: string;
            regionName: string;
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
            title: string;
        };
        PreparedApplicationInput: {
            applicant: {
                id: string;
                /** @enum {string} */
                kind: "person" | "legal_person";
                name: string;
            };
            /** @description on the credit blacklist: 容缺 is not available */
            blacklisted: boolean;
            certificateCandidates: {
                identifier: string;
                issuedAt: string;
                issuerName: string;
                materialKey: string;
                typeName: string;
                validTo: string | null;
            }[];
            /** @description the promised limit counted in working days from today: when the applicant can expect the result if the case is accepted today (null when the calendar cannot say) */
            expectedBy: string | null;
            fields: components["schemas"]["CombinedFormFieldInput"][];
            items: {
                basicCode: string;
                departmentName: string;
                dependsOn: string[];
                implementationCode: string;
                name: string;
                promisedLimitDays: number;
                /** @description what the item gives the applicant (营业执照, 不动产权证书) */
                resultName: string | null;
                stepKey: string | null;
            }[];
            materials: components["schemas"]["CaseMaterialInput"][];
            prefilled: components["schemas"]["PrefilledValueInput"][];
            promisedLimitDays: number;
            regionCode: string;
            regionName: string;
            target: {
                implementationCode: string;
                /** @constant */
                kind: "item";
            } | {
                bundleId: string;
                /** @constant */
                kind: "bundle";
                regionCode: string;
            };
            title: string;
        };
        Problem: {
            /** @description stable machine-readable code */
            code: string;
            correlationId: string;
            detail?: string;
            fields: {
                message: string;
                path: string;
            }[];
            instance?: string;
            status: number;
            /** @description readable Chinese summary */
            title: string;
            type: string;
        };
        ProblemInput: {
            /** @description stable machine-readable code */
            code: string;
            correlationId: string;
            detail?: string;
            fields: {
                message: string;
                path: string;
            }[];
            instance?: string;
            status: number;
            /** @description readable Chinese summary */
            title: string;
            type: string;
        };
        ProgressReport: {
            completesMilestone: boolean;
            departmentId: string;
            departmentName: string;
            evidence: {
                mediaType: string;
                sha256: string;
                size: number;
            }[];
            id: string;
            milestoneId: string;
            milestoneTitle: string;
            reportedAt: string;
            reviewedAt: string | null;
            reviewReason: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "sent_back";
            summary: string;
            taskCode: string;
            taskId: string;
            taskTitle: string;
        };
        ProgressReportInput: {
            completesMilestone: boolean;
            departmentId: string;
            departmentName: string;
            evidence: {
                mediaType: string;
                sha256: string;
                size: number;
            }[];
            id: string;
            milestoneId: string;
            milestoneTitle: string;
            reportedAt: string;
            reviewedAt: string | null;
            reviewReason: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "sent_back";
            summary: string;
            taskCode: string;
            taskId: string;
            taskTitle: string;
        };
        ProgressReportPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["ProgressReport"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        ProgressReportPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["ProgressReportInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        PublicBulletin: {
            content: components["schemas"]["BulletinContent"];
            correctsNumber: string | null;
            id: string;
            introduction: string;
            /** @description given at publication, e.g. 鲁一次办好通〔2018〕3号 */
            number: string | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodFrom: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodTo: string;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            title: string;
        };
        PublicBulletinInput: {
            content: components["schemas"]["BulletinContentInput"];
            correctsNumber: string | null;
            id: string;
            introduction: string;
            /** @description given at publication, e.g. 鲁一次办好通〔2018〕3号 */
            number: string | null;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodFrom: string;
            /**
             * Format: date
             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
             */
            periodTo: string;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            title: string;
        };
        PublicBulletinPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["PublicBulletin"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        PublicBulletinPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["PublicBulletinInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        QaFinding: {
            basicCode: string;
            implementationCode: string | null;
            itemName: string;
            message: string;
            rule: string;
        };
        QaFindingInput: {
            basicCode: string;
            implementationCode: string | null;
            itemName: string;
            message: string;
            rule: string;
        };
        Rating: {
            appeals: {
                id: string;
                reason: string;
                reviewReason: string | null;
                /** @enum {string} */
                status: "pending" | "upheld" | "rejected";
            }[];
            caseId: string | null;
            /** @enum {string} */
            channel: "online" | "sms" | "hall" | "hotline";
            comment: string;
            createdAt: string;
            departmentId: string | null;
            /** @description an upheld appeal keeps the rating but leaves it out of the figures */
            excluded: boolean;
            followUpTicketId: string | null;
            id: string;
            level: number;
            levelName: string;
            reasons: ("fast" | "attitude_good" | "guidance_clear" | "one_visit" | "slow" | "attitude_bad" | "guidance_unclear" | "repeated_visits" | "materials_repeated" | "system_trouble")[];
            rectification: components["schemas"]["Rectification"] | null;
            servicePointId: string | null;
            ticketId: string | null;
            window: string | null;
        };
        RatingFigures: {
            by: string;
            month: string;
            rows: {
                badRatings: number;
                key: string;
                name: string;
                rank: number;
                ratings: number;
                rectifiedOnTimeShare: number | null;
                satisfiedShare: number | null;
            }[];
        };
        RatingFiguresInput: {
            by: string;
            month: string;
            rows: {
                badRatings: number;
                key: string;
                name: string;
                rank: number;
                ratings: number;
                rectifiedOnTimeShare: number | null;
                satisfiedShare: number | null;
            }[];
        };
        RatingInput: {
            appeals: {
                id: string;
                reason: string;
                reviewReason: string | null;
                /** @enum {string} */
                status: "pending" | "upheld" | "rejected";
            }[];
            caseId: string | null;
            /** @enum {string} */
            channel: "online" | "sms" | "hall" | "hotline";
            comment: string;
            createdAt: string;
            departmentId: string | null;
            /** @description an upheld appeal keeps the rating but leaves it out of the figures */
            excluded: boolean;
            followUpTicketId: string | null;
            id: string;
            level: number;
            levelName: string;
            reasons: ("fast" | "attitude_good" | "guidance_clear" | "one_visit" | "slow" | "attitude_bad" | "guidance_unclear" | "repeated_visits" | "materials_repeated" | "system_trouble")[];
            rectification: components["schemas"]["RectificationInput"] | null;
            servicePointId: string | null;
            ticketId: string | null;
            window: string | null;
        };
        RatingPage: {
            count: components["schemas"]["ListCount"];
            items: {
                appealPending: boolean;
                /** @enum {string} */
                channel: "online" | "sms" | "hall" | "hotline";
                comment: string;
                createdOn: string;
                departmentName: string | null;
                id: string;
                level: number;
                levelName: string;
                rectificationStatus: ("callback_pending" | "rectifying" | "submitted" | "verified" | "confirmed" | "disputed") | null;
                servicePointName: string | null;
                window: string | null;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        RatingPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: {
                appealPending: boolean;
                /** @enum {string} */
                channel: "online" | "sms" | "hall" | "hotline";
                comment: string;
                createdOn: string;
                departmentName: string | null;
                id: string;
                level: number;
                levelName: string;
                rectificationStatus: ("callback_pending" | "rectifying" | "submitted" | "verified" | "confirmed" | "disputed") | null;
                servicePointName: string | null;
                window: string | null;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        Rectification: {
            callbackNote: string | null;
            clock: components["schemas"]["Clock"] | null;
            evidence: string | null;
            id: string;
            onTime: boolean | null;
            raterConfirmed: boolean | null;
            /** @enum {string} */
            status: "callback_pending" | "rectifying" | "submitted" | "verified" | "confirmed" | "disputed";
            verificationNote: string | null;
        };
        RectificationInput: {
            callbackNote: string | null;
            clock: components["schemas"]["ClockInput"] | null;
            evidence: string | null;
            id: string;
            onTime: boolean | null;
            raterConfirmed: boolean | null;
            /** @enum {string} */
            status: "callback_pending" | "rectifying" | "submitted" | "verified" | "confirmed" | "disputed";
            verificationNote: string | null;
        };
        ReformChange: {
            bundleId: string;
            dependsOn: string[];
            /** @constant */
            kind: "bundle_graph";
            step: string;
        } | {
            bundleId: string;
            /** @constant */
            kind: "remove_step";
            step: string;
        } | {
            basicCode: string;
            days: number;
            /** @constant */
            kind: "promised_limit";
        } | {
            departmentId: string;
            factor: number;
            /** @constant */
            kind: "staffing";
        } | {
            /** @constant */
            kind: "online_share";
            share: number;
        };
        ReformChangeInput: {
            bundleId: string;
            dependsOn: string[];
            /** @constant */
            kind: "bundle_graph";
            step: string;
        } | {
            bundleId: string;
            /** @constant */
            kind: "remove_step";
            step: string;
        } | {
            basicCode: string;
            days: number;
            /** @constant */
            kind: "promised_limit";
        } | {
            departmentId: string;
            factor: number;
            /** @constant */
            kind: "staffing";
        } | {
            /** @constant */
            kind: "online_share";
            share: number;
        };
        ReformInput: {
            /**
             * @description changes applied to both runs: the state the reform starts from when it is not the catalog as it is (e.g. the deed tax taking 3 working days before the reform)
             * @default []
             */
            baselineChanges: components["schemas"]["ReformChange"][];
            /**
             * @description cases drawn over the simulated year, of every kind (the bundles measured are among them)
             * @default 200000
             */
            cases: number;
            changes: components["schemas"]["ReformChange"][];
            /** @description score with this evaluation’s indicator system, incomes and imported values */
            evaluationId?: string;
            /** @default 42 */
            seed: number;
            title?: string;
            year: number;
        };
        ReformInputInput: {
            /**
             * @description changes applied to both runs: the state the reform starts from when it is not the catalog as it is (e.g. the deed tax taking 3 working days before the reform)
             * @default []
             */
            baselineChanges: components["schemas"]["ReformChangeInput"][];
            /**
             * @description cases drawn over the simulated year, of every kind (the bundles measured are among them)
             * @default 200000
             */
            cases: number;
            changes: components["schemas"]["ReformChangeInput"][];
            /** @description score with this evaluation’s indicator system, incomes and imported values */
            evaluationId?: string;
            /** @default 42 */
            seed: number;
            title?: string;
            year: number;
        };
        ReformResult: {
            assumptions: string[];
            bundles: {
                baseline: {
                    cases: number;
                    medianDays: number | null;
                    medianWorkingDays: number | null;
                    /** @description share certified within the promised working days */
                    onTimeShare: number | null;
                    p90WorkingDays: number | null;
                };
                bundleId: string;
                cities: {
                    baseline: {
                        cases: number;
                        medianDays: number | null;
                        medianWorkingDays: number | null;
                        /** @description share certified within the promised working days */
                        onTimeShare: number | null;
                        p90WorkingDays: number | null;
                    };
                    code: string;
                    name: string;
                    variant: {
                        cases: number;
                        medianDays: number | null;
                        medianWorkingDays: number | null;
                        /** @description share certified within the promised working days */
                        onTimeShare: number | null;
                        p90WorkingDays: number | null;
                    };
                }[];
                name: string;
                promisedDays: number;
                variant: {
                    cases: number;
                    medianDays: number | null;
                    medianWorkingDays: number | null;
                    /** @description share certified within the promised working days */
                    onTimeShare: number | null;
                    p90WorkingDays: number | null;
                };
            }[];
            casesModelled: {
                baseline: number;
                variant: number;
            };
            cities: {
                baseline: {
                    firstLevels: {
                        key: string;
                        score: number | null;
                    }[];
                    indicators: {
                        key: string;
                        score: number | null;
                        value: number | null;
                    }[];
                    rank: number | null;
                    total: number | null;
                };
                code: string;
                name: string;
                variant: {
                    firstLevels: {
                        key: string;
                        score: number | null;
                    }[];
                    indicators: {
                        key: string;
                        score: number | null;
                        value: number | null;
                    }[];
                    rank: number | null;
                    total: number | null;
                };
            }[];
            firstLevels: {
                key: string;
                name: string;
            }[];
            indicatorsLeftOut: {
                key: string;
                /** @description the indicator's name in the indicator system scored with */
                name: string;
                reason: string;
            }[];
        };
        ReformResultInput: {
            assumptions: string[];
            bundles: {
                baseline: {
                    cases: number;
                    medianDays: number | null;
                    medianWorkingDays: number | null;
                    /** @description share certified within the promised working days */
                    onTimeShare: number | null;
                    p90WorkingDays: number | null;
                };
                bundleId: string;
                cities: {
                    baseline: {
                        cases: number;
                        medianDays: number | null;
                        medianWorkingDays: number | null;
                        /** @description share certified within the promised working days */
                        onTimeShare: number | null;
                        p90WorkingDays: number | null;
                    };
                    code: string;
                    name: string;
                    variant: {
                        cases: number;
                        medianDays: number | null;
                        medianWorkingDays: number | null;
                        /** @description share certified within the promised working days */
                        onTimeShare: number | null;
                        p90WorkingDays: number | null;
                    };
                }[];
                name: string;
                promisedDays: number;
                variant: {
                    cases: number;
                    medianDays: number | null;
                    medianWorkingDays: number | null;
                    /** @description share certified within the promised working days */
                    onTimeShare: number | null;
                    p90WorkingDays: number | null;
                };
            }[];
            casesModelled: {
                baseline: number;
                variant: number;
            };
            cities: {
                baseline: {
                    firstLevels: {
                        key: string;
                        score: number | null;
                    }[];
                    indicators: {
                        key: string;
                        score: number | null;
                        value: number | null;
                    }[];
                    rank: number | null;
                    total: number | null;
                };
                code: string;
                name: string;
                variant: {
                    firstLevels: {
                        key: string;
                        score: number | null;
                    }[];
                    indicators: {
                        key: string;
                        score: number | null;
                        value: number | null;
                    }[];
                    rank: number | null;
                    total: number | null;
                };
            }[];
            firstLevels: {
                key: string;
                name: string;
            }[];
            indicatorsLeftOut: {
                key: string;
                /** @description the indicator's name in the indicator system scored with */
                name: string;
                reason: string;
            }[];
        };
        ReformScenario: {
            baselineChanges: components["schemas"]["ReformChange"][];
            baselineDescribed: string[];
            cases: number;
            changes: components["schemas"]["ReformChange"][];
            createdAt: string;
            createdBy: string;
            described: string[];
            error: string | null;
            evaluationId: string | null;
            finishedAt: string | null;
            id: string;
            progress: {
                done: number;
                step: string;
                total: number;
            };
            result: components["schemas"]["ReformResult"] | null;
            seed: number;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            title: string;
            year: number;
        };
        ReformScenarioInput: {
            baselineChanges: components["schemas"]["ReformChangeInput"][];
            baselineDescribed: string[];
            cases: number;
            changes: components["schemas"]["ReformChangeInput"][];
            createdAt: string;
            createdBy: string;
            described: string[];
            error: string | null;
            evaluationId: string | null;
            finishedAt: string | null;
            id: string;
            progress: {
                done: number;
                step: string;
                total: number;
            };
            result: components["schemas"]["ReformResultInput"] | null;
            seed: number;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            title: string;
            year: number;
        };
        RefuseRequest: {
            reasons: string[];
        };
        RefuseRequestInput: {
            reasons: string[];
        };
        Region: {
            code: string;
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county" | "town" | "village";
            name: string;
            parentCode: string | null;
            validFrom: string | null;
            /** @description exclusive end date */
            validTo: string | null;
        };
        RegionDetail: {
            code: string;
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county" | "town" | "village";
            name: string;
            parentCode: string | null;
            /** @description province first */
            path: {
                code: string;
                name: string;
            }[];
            validFrom: string | null;
            /** @description exclusive end date */
            validTo: string | null;
        };
        RegionDetailInput: {
            code: string;
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county" | "town" | "village";
            name: string;
            parentCode: string | null;
            /** @description province first */
            path: {
                code: string;
                name: string;
            }[];
            validFrom: string | null;
            /** @description exclusive end date */
            validTo: string | null;
        };
        RegionInput: {
            code: string;
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county" | "town" | "village";
            name: string;
            parentCode: string | null;
            validFrom: string | null;
            /** @description exclusive end date */
            validTo: string | null;
        };
        RegisterRequest: {
            idNumber: string;
            name: string;
            password: string;
            phone: string;
        };
        RegisterRequestInput: {
            idNumber: string;
            name: string;
            password: string;
            phone: string;
        };
        RequestCorrectionRequest: {
            /** @default [] */
            items: {
                materialKey?: string;
                problem: string;
            }[];
            note?: string;
        };
        RequestCorrectionRequestInput: {
            /** @default [] */
            items: {
                materialKey?: string;
                problem: string;
            }[];
            note?: string;
        };
        Seal: {
            /** @constant */
            algorithm: "SM2";
            id: string;
            ownerName: string;
            ownerUscc: string;
            pictureUrl: string;
            /** @description SM2 public key, uncompressed point 04 ‖ x ‖ y as 130 hex characters */
            publicKey: string;
            /** @description the same key as PEM SubjectPublicKeyInfo (id-ecPublicKey, curve 1.2.156.10197.1.301), for OpenSSL */
            publicKeyPem: string;
            /** @description the instant it stopped signing (rotated or revoked); signatures dated before it stay valid */
            retiredAt: string | null;
            /** @description revoked seals only: the instant from which everything it signed is invalid */
            revokedAt: string | null;
            /**
             * @description active; rotated = retired, what it signed stays valid; revoked = compromised, see revokedAt
             * @enum {string}
             */
            status: "active" | "rotated" | "revoked";
            /**
             * Format: date
             * @description China date (UTC+8) from which it signs
             */
            validFrom: string;
            /** @description China date (UTC+8) of its last day; null = open-ended */
            validTo: string | null;
        };
        SealInput: {
            /** @constant */
            algorithm: "SM2";
            id: string;
            ownerName: string;
            ownerUscc: string;
            pictureUrl: string;
            /** @description SM2 public key, uncompressed point 04 ‖ x ‖ y as 130 hex characters */
            publicKey: string;
            /** @description the same key as PEM SubjectPublicKeyInfo (id-ecPublicKey, curve 1.2.156.10197.1.301), for OpenSSL */
            publicKeyPem: string;
            /** @description the instant it stopped signing (rotated or revoked); signatures dated before it stay valid */
            retiredAt: string | null;
            /** @description revoked seals only: the instant from which everything it signed is invalid */
            revokedAt: string | null;
            /**
             * @description active; rotated = retired, what it signed stays valid; revoked = compromised, see revokedAt
             * @enum {string}
             */
            status: "active" | "rotated" | "revoked";
            /**
             * Format: date
             * @description China date (UTC+8) from which it signs
             */
            validFrom: string;
            /** @description China date (UTC+8) of its last day; null = open-ended */
            validTo: string | null;
        };
        ServiceAccount: {
            clientId: string;
            createdAt: string;
            departmentId: string | null;
            flaggedAt: string | null;
            flagReason: string | null;
            id: string;
            /** @enum {string} */
            kind: "department" | "bank" | "utility" | "province" | "partner";
            name: string;
            personFields: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            regionCode: string;
            scopes: string[];
            secrets: {
                createdAt: string;
                expiresAt: string | null;
                id: string;
                revokedAt: string | null;
            }[];
            /** @enum {string} */
            status: "active" | "revoked";
        };
        ServiceAccountInput: {
            clientId: string;
            createdAt: string;
            departmentId: string | null;
            flaggedAt: string | null;
            flagReason: string | null;
            id: string;
            /** @enum {string} */
            kind: "department" | "bank" | "utility" | "province" | "partner";
            name: string;
            personFields: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            regionCode: string;
            scopes: string[];
            secrets: {
                createdAt: string;
                expiresAt: string | null;
                id: string;
                revokedAt: string | null;
            }[];
            /** @enum {string} */
            status: "active" | "revoked";
        };
        ServiceItem: {
            acceptanceConditions: string[];
            audiences: ("person" | "legal_person")[];
            basicCode: string;
            batch: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                publishedOn: string;
            };
            /** @enum {string} */
            caseType: "immediate" | "promised";
            complaintPhone: string | null;
            consultationPhone: string | null;
            /** @enum {string} */
            departmentKind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            exerciseLevels: ("province" | "city" | "county" | "town" | "village")[];
            fees: {
                amountYuan: number;
                basis: string;
                name: string;
            }[];
            /** @description handling steps in order */
            flow: string[];
            /** @enum {string} */
            handleAnywhere: "none" | "city" | "province" | "cross_province";
            /** @description moved to the 行政审批服务局 where one exists */
            handledByApprovalBureau: boolean;
            handlingForms: ("window" | "online" | "mobile" | "mail")[];
            /** @enum {string} */
            itemType: "10" | "20" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
            itemTypeName: string;
            keywords: string[];
            legalBasis: string[];
            materials: components["schemas"]["Material"][];
            name: string;
            /** @description 一次办好 flag */
            oneVisit: boolean;
            onlineDepth: 1 | 2 | 3 | 4;
            promisedLimitDays: number;
            resultCertificateType: string | null;
            resultName: string | null;
            situations: {
                field: string;
                label: string;
                options: {
                    label: string;
                    value: string;
                }[];
            }[];
            statutoryLimitDays: number;
            themes: string[];
            version: number;
            visitReason: string | null;
            visits: number;
        };
        ServiceItemInput: {
            acceptanceConditions: string[];
            audiences: ("person" | "legal_person")[];
            basicCode: string;
            batch: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                 */
                publishedOn: string;
            };
            /** @enum {string} */
            caseType: "immediate" | "promised";
            complaintPhone: string | null;
            consultationPhone: string | null;
            /** @enum {string} */
            departmentKind: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
            exerciseLevels: ("province" | "city" | "county" | "town" | "village")[];
            fees: {
                amountYuan: number;
                basis: string;
                name: string;
            }[];
            /** @description handling steps in order */
            flow: string[];
            /** @enum {string} */
            handleAnywhere: "none" | "city" | "province" | "cross_province";
            /** @description moved to the 行政审批服务局 where one exists */
            handledByApprovalBureau: boolean;
            handlingForms: ("window" | "online" | "mobile" | "mail")[];
            /** @enum {string} */
            itemType: "10" | "20" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
            itemTypeName: string;
            keywords: string[];
            legalBasis: string[];
            materials: components["schemas"]["MaterialInput"][];
            name: string;
            /** @description 一次办好 flag */
            oneVisit: boolean;
            onlineDepth: 1 | 2 | 3 | 4;
            promisedLimitDays: number;
            resultCertificateType: string | null;
            resultName: string | null;
            situations: {
                field: string;
                label: string;
                options: {
                    label: string;
                    value: string;
                }[];
            }[];
            statutoryLimitDays: number;
            themes: string[];
            version: number;
            visitReason: string | null;
            visits: number;
        };
        ServicePoint: {
            address: string;
            id: string;
            /**
             * @description all: every item of its region level and below; listed: only itemCodes
             * @enum {string}
             */
            intake: "all" | "listed";
            is24Hours: boolean;
            itemCodes: string[];
            /** @enum {string} */
            kind: "hall" | "centre" | "station" | "kiosk";
            /** @enum {string} */
            level: "province" | "city" | "county" | "town" | "village";
            name: string;
            openingHours: string;
            phone: string;
            regionCode: string;
        };
        ServicePointInput: {
            address: string;
            id: string;
            /**
             * @description all: every item of its region level and below; listed: only itemCodes
             * @enum {string}
             */
            intake: "all" | "listed";
            is24Hours: boolean;
            itemCodes: string[];
            /** @enum {string} */
            kind: "hall" | "centre" | "station" | "kiosk";
            /** @enum {string} */
            level: "province" | "city" | "county" | "town" | "village";
            name: string;
            openingHours: string;
            phone: string;
            regionCode: string;
        };
        ServicePointPage: {
            items: components["schemas"]["ServicePoint"][];
            /** @description the id of the last point, to pass as `after`; null on the last page */
            next: string | null;
            /** @description null on a page asked with `after` */
            page: number | null;
            pageSize: number;
            /** @description null on a page asked with `after` */
            total: number | null;
        };
        ServicePointPageInput: {
            items: components["schemas"]["ServicePointInput"][];
            /** @description the id of the last point, to pass as `after`; null on the last page */
            next: string | null;
            /** @description null on a page asked with `after` */
            page: number | null;
            pageSize: number;
            /** @description null on a page asked with `after` */
            total: number | null;
        };
        ShareCode: {
            /** @description 12 characters in groups of four (XXXX-XXXX-XXXX) */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            identifier: string;
            /** @description the verification link the QR code carries */
            link: string;
        };
        ShareCodeInput: {
            /** @description 12 characters in groups of four (XXXX-XXXX-XXXX) */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            identifier: string;
            /** @description the verification link the QR code carries */
            link: string;
        };
        ShareCodesEnded: {
            ended: number;
        };
        ShareCodesEndedInput: {
            ended: number;
        };
        SharedPerson: {
            birthDate?: string;
            householdAddress?: string;
            householdRegionCode?: string;
            idNumber: string;
            name?: string;
            phone?: string;
            sex?: string;
        };
        SharedPersonInput: {
            birthDate?: string;
            householdAddress?: string;
            householdRegionCode?: string;
            idNumber: string;
            name?: string;
            phone?: string;
            sex?: string;
        };
        SharingConsent: {
            accountName: string;
            certificates: boolean;
            createdAt: string;
            narrowed: boolean;
            personFields: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            purpose: string;
            reference: string;
            /** @enum {string} */
            status: "active" | "expired" | "withdrawn";
            validUntil: string;
            withdrawnAt: string | null;
        };
        SharingConsentInput: {
            accountName: string;
            certificates: boolean;
            createdAt: string;
            narrowed: boolean;
            personFields: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
            purpose: string;
            reference: string;
            /** @enum {string} */
            status: "active" | "expired" | "withdrawn";
            validUntil: string;
            withdrawnAt: string | null;
        };
        StaffAccount: {
            departmentId: string | null;
            id: string;
            login: string;
            name: string;
            phoneMasked: string;
            regionCode: string;
            roles: ("window_clerk" | "reviewer" | "approver" | "agent" | "hotline_operator" | "supervisor" | "evaluator" | "administrator")[];
            /** @enum {string} */
            status: "active" | "disabled";
        };
        StaffAccountInput: {
            departmentId: string | null;
            id: string;
            login: string;
            name: string;
            phoneMasked: string;
            regionCode: string;
            roles: ("window_clerk" | "reviewer" | "approver" | "agent" | "hotline_operator" | "supervisor" | "evaluator" | "administrator")[];
            /** @enum {string} */
            status: "active" | "disabled";
        };
        StaffCasePage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["CaseSummary"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        StaffCasePageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["CaseSummaryInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        StaffPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["StaffAccount"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        StaffPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["StaffAccountInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        /**
         * @example {
         *       "url": "https://zwfw.example.gov.cn/yici/events",
         *       "eventTypes": [
         *         "case.task_opened",
         *         "case.completed"
         *       ]
         *     }
         */
        SubscribeRequest: {
            eventTypes: ("case.accepted" | "case.task_opened" | "case.task_decided" | "case.completed" | "certificate.issued" | "certificate.replaced" | "certificate.revoked")[];
            url: string;
        };
        /**
         * @example {
         *       "url": "https://zwfw.example.gov.cn/yici/events",
         *       "eventTypes": [
         *         "case.task_opened",
         *         "case.completed"
         *       ]
         *     }
         */
        SubscribeRequestInput: {
            eventTypes: ("case.accepted" | "case.task_opened" | "case.task_decided" | "case.completed" | "certificate.issued" | "certificate.replaced" | "certificate.revoked")[];
            url: string;
        };
        Subscription: {
            createdAt: string;
            eventTypes: string[];
            id: string;
            /** @enum {string} */
            status: "active" | "suspended" | "cancelled";
            url: string;
        };
        SubscriptionInput: {
            createdAt: string;
            eventTypes: string[];
            id: string;
            /** @enum {string} */
            status: "active" | "suspended" | "cancelled";
            url: string;
        };
        SupplyMaterialsRequest: {
            /** @description corrected form values, merged */
            form?: {
                [key: string]: string;
            };
            materials: ({
                fileName: string;
                /** @constant */
                kind: "upload";
                materialKey: string;
                sha256: string;
            } | {
                identifier: string;
                /** @constant */
                kind: "certificate";
                materialKey: string;
            } | {
                /** @constant */
                kind: "promise";
                materialKey: string;
                text: string;
            })[];
            /**
             * @description true: submit the draft or hand in the correction
             * @default false
             */
            submit: boolean;
        };
        SupplyMaterialsRequestInput: {
            /** @description corrected form values, merged */
            form?: {
                [key: string]: string;
            };
            materials: ({
                fileName: string;
                /** @constant */
                kind: "upload";
                materialKey: string;
                sha256: string;
            } | {
                identifier: string;
                /** @constant */
                kind: "certificate";
                materialKey: string;
            } | {
                /** @constant */
                kind: "promise";
                materialKey: string;
                text: string;
            })[];
            /**
             * @description true: submit the draft or hand in the correction
             * @default false
             */
            submit: boolean;
        };
        Task: {
            applicantName: string;
            basicCode: string;
            caseId: string;
            caseNumber: string | null;
            caseTitle: string;
            certificateIdentifiers: string[];
            claimedBy: string | null;
            clock: components["schemas"]["Clock"];
            decidedAt: string | null;
            decision: ("grant" | "deny") | null;
            decisionReason: string | null;
            departmentId: string;
            departmentName: string;
            dependsOn: string[];
            handling: components["schemas"]["TaskHandling"];
            id: string;
            implementationCode: string;
            jointDepartments: {
                id: string;
                name: string;
                opinionGiven: boolean;
            }[];
            name: string;
            opinions: {
                at: string;
                by: string;
                departmentName: string;
                opinion: string;
            }[];
            specialProcedure: string | null;
            /** @enum {string} */
            status: "waiting" | "open" | "claimed" | "correction" | "special_procedure" | "granted" | "denied" | "cancelled";
            stepKey: string | null;
            version: number;
            /**
             * @description what the caller may do with the task: work on it (办理), only read it, or neither
             * @enum {string}
             */
            viewerAccess: "handle" | "read" | "none";
        };
        TaskCorrectionRequest: {
            items: {
                materialKey?: string;
                problem: string;
            }[];
        };
        TaskCorrectionRequestInput: {
            items: {
                materialKey?: string;
                problem: string;
            }[];
        };
        TaskHandling: {
            /** @description why this department: the implementation and its body, in Chinese */
            basis: string;
            departmentName: string;
            level: ("province" | "city" | "county") | null;
            /** @description 省级、市级 or 县级 */
            levelName: string | null;
        };
        TaskHandlingInput: {
            /** @description why this department: the implementation and its body, in Chinese */
            basis: string;
            departmentName: string;
            level: ("province" | "city" | "county") | null;
            /** @description 省级、市级 or 县级 */
            levelName: string | null;
        };
        TaskInput: {
            applicantName: string;
            basicCode: string;
            caseId: string;
            caseNumber: string | null;
            caseTitle: string;
            certificateIdentifiers: string[];
            claimedBy: string | null;
            clock: components["schemas"]["ClockInput"];
            decidedAt: string | null;
            decision: ("grant" | "deny") | null;
            decisionReason: string | null;
            departmentId: string;
            departmentName: string;
            dependsOn: string[];
            handling: components["schemas"]["TaskHandlingInput"];
            id: string;
            implementationCode: string;
            jointDepartments: {
                id: string;
                name: string;
                opinionGiven: boolean;
            }[];
            name: string;
            opinions: {
                at: string;
                by: string;
                departmentName: string;
                opinion: string;
            }[];
            specialProcedure: string | null;
            /** @enum {string} */
            status: "waiting" | "open" | "claimed" | "correction" | "special_procedure" | "granted" | "denied" | "cancelled";
            stepKey: string | null;
            version: number;
            /**
             * @description what the caller may do with the task: work on it (办理), only read it, or neither
             * @enum {string}
             */
            viewerAccess: "handle" | "read" | "none";
        };
        TaskPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["Task"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        TaskPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["TaskInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        TasksElsewhere: {
            departments: {
                active: number;
                departmentId: string;
                departmentName: string;
            }[];
        };
        TasksElsewhereInput: {
            departments: {
                active: number;
                departmentId: string;
                departmentName: string;
            }[];
        };
        Ticket: {
            anonymous: boolean;
            /** @description a department sees the name unless the caller is anonymous, the phone only with consent */
            caller: {
                hasAccount: boolean;
                name: string | null;
                phone: string | null;
            };
            /** @enum {string} */
            category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
            /** @enum {string} */
            channel: "phone" | "web" | "app" | "rating";
            clocks: {
                reply: components["schemas"]["Clock"] | null;
                return: components["schemas"]["Clock"] | null;
                sign: components["schemas"]["Clock"] | null;
            };
            contactConsent: boolean;
            createdAt: string;
            department: {
                id: string;
                name: string;
            } | null;
            dispatchOverrideReason: string | null;
            events: {
                actorLabel: string;
                at: string;
                kind: string;
                note: string | null;
            }[];
            extension: {
                days: number;
                reason: string;
                /** @enum {string} */
                status: "requested" | "approved" | "rejected";
            } | null;
            id: string;
            /** @enum {string} */
            kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
            links: {
                caseId: string | null;
                departmentId: string | null;
                itemCode: string | null;
                servicePointId: string | null;
            };
            mergedCount: number;
            mergedInto: string | null;
            regionCode: string;
            reopenCount: number;
            reply: string | null;
            /** @description the centre refused a return: its decision is final */
            returnFinal: boolean;
            returnReasons: string[];
            revisit: {
                note: string;
                satisfied: boolean;
                solved: boolean;
            } | null;
            /** @enum {string} */
            status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
            text: string;
            ticketNumber: string;
        };
        TicketInput: {
            anonymous: boolean;
            /** @description a department sees the name unless the caller is anonymous, the phone only with consent */
            caller: {
                hasAccount: boolean;
                name: string | null;
                phone: string | null;
            };
            /** @enum {string} */
            category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
            /** @enum {string} */
            channel: "phone" | "web" | "app" | "rating";
            clocks: {
                reply: components["schemas"]["ClockInput"] | null;
                return: components["schemas"]["ClockInput"] | null;
                sign: components["schemas"]["ClockInput"] | null;
            };
            contactConsent: boolean;
            createdAt: string;
            department: {
                id: string;
                name: string;
            } | null;
            dispatchOverrideReason: string | null;
            events: {
                actorLabel: string;
                at: string;
                kind: string;
                note: string | null;
            }[];
            extension: {
                days: number;
                reason: string;
                /** @enum {string} */
                status: "requested" | "approved" | "rejected";
            } | null;
            id: string;
            /** @enum {string} */
            kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
            links: {
                caseId: string | null;
                departmentId: string | null;
                itemCode: string | null;
                servicePointId: string | null;
            };
            mergedCount: number;
            mergedInto: string | null;
            regionCode: string;
            reopenCount: number;
            reply: string | null;
            /** @description the centre refused a return: its decision is final */
            returnFinal: boolean;
            returnReasons: string[];
            revisit: {
                note: string;
                satisfied: boolean;
                solved: boolean;
            } | null;
            /** @enum {string} */
            status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
            text: string;
            ticketNumber: string;
        };
        TicketPage: {
            count: components["schemas"]["ListCount"];
            items: {
                /** @enum {string} */
                category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                /** @enum {string} */
                channel: "phone" | "web" | "app" | "rating";
                createdAt: string;
                department: {
                    id: string;
                    name: string;
                } | null;
                excerpt: string;
                id: string;
                /** @enum {string} */
                kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                regionCode: string;
                /** @enum {string} */
                status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
                ticketNumber: string;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        TicketPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: {
                /** @enum {string} */
                category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                /** @enum {string} */
                channel: "phone" | "web" | "app" | "rating";
                createdAt: string;
                department: {
                    id: string;
                    name: string;
                } | null;
                excerpt: string;
                id: string;
                /** @enum {string} */
                kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                regionCode: string;
                /** @enum {string} */
                status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
                ticketNumber: string;
            }[];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        TimelineEvent: {
            /** @description staff names are masked for the public */
            actor: string;
            at: string;
            details: {
                [key: string]: unknown;
            };
            kind: string;
            label: string;
            taskName: string | null;
        };
        TimelineEventInput: {
            /** @description staff names are masked for the public */
            actor: string;
            at: string;
            details: {
                [key: string]: unknown;
            };
            kind: string;
            label: string;
            taskName: string | null;
        };
        TokenResponse: {
            access_token: string;
            expires_in: number;
            scope: string;
            /** @constant */
            token_type: "Bearer";
        };
        TokenResponseInput: {
            access_token: string;
            expires_in: number;
            scope: string;
            /** @constant */
            token_type: "Bearer";
        };
        UploadResult: {
            mediaType: string;
            sha256: string;
            size: number;
        };
        UploadResultInput: {
            mediaType: string;
            sha256: string;
            size: number;
        };
        VerificationResult: {
            /** @description the purpose a shared copy was annotated with (用途标注) */
            annotation: {
                caseId: string | null;
                /**
                 * Format: date
                 * @description the date the annotated copy stops being usable
                 */
                expiresAt: string;
                purpose: string;
            } | null;
            /** @description the registered certificate with its fields: only when the disclosure is content */
            certificate: components["schemas"]["Certificate"] | null;
            /**
             * @description validity: an identifier alone (or a QR link whose hash does not match) shows only whether the certificate holds; content: the document itself or a share code the holder made was presented
             * @enum {string}
             */
            disclosure: "validity" | "content";
            expired: boolean;
            identifier: string | null;
            /** @description why it is not valid (empty when valid), messages in Chinese */
            reasons: {
                code: string;
                message: string;
            }[];
            revoked: boolean;
            seal: components["schemas"]["Seal"] | null;
            /** @description when verified with a share code (亮证码): the instant the code stops working */
            sharedUntil: string | null;
            signatureValid: boolean;
            valid: boolean;
            /** @description null when the platform never issued it */
            validity: components["schemas"]["CertificateValidity"] | null;
        };
        VerificationResultInput: {
            /** @description the purpose a shared copy was annotated with (用途标注) */
            annotation: {
                caseId: string | null;
                /**
                 * Format: date
                 * @description the date the annotated copy stops being usable
                 */
                expiresAt: string;
                purpose: string;
            } | null;
            /** @description the registered certificate with its fields: only when the disclosure is content */
            certificate: components["schemas"]["CertificateInput"] | null;
            /**
             * @description validity: an identifier alone (or a QR link whose hash does not match) shows only whether the certificate holds; content: the document itself or a share code the holder made was presented
             * @enum {string}
             */
            disclosure: "validity" | "content";
            expired: boolean;
            identifier: string | null;
            /** @description why it is not valid (empty when valid), messages in Chinese */
            reasons: {
                code: string;
                message: string;
            }[];
            revoked: boolean;
            seal: components["schemas"]["SealInput"] | null;
            /** @description when verified with a share code (亮证码): the instant the code stops working */
            sharedUntil: string | null;
            signatureValid: boolean;
            valid: boolean;
            /** @description null when the platform never issued it */
            validity: components["schemas"]["CertificateValidityInput"] | null;
        };
        VerifyRequest: {
            identifier: string;
        } | {
            qr: string;
        } | {
            certificate: {
                [key: string]: unknown;
            };
        } | {
            shareCode: string;
        };
        VerifyRequestInput: {
            identifier: string;
        } | {
            qr: string;
        } | {
            certificate: {
                [key: string]: unknown;
            };
        } | {
            shareCode: string;
        };
        WebhookDelivery: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            eventId: string;
            eventType: string;
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryInput: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            eventId: string;
            eventType: string;
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryPage: {
            count: components["schemas"]["ListCount"];
            items: components["schemas"]["WebhookDelivery"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        WebhookDeliveryPageInput: {
            count: components["schemas"]["ListCountInput"];
            items: components["schemas"]["WebhookDeliveryInput"][];
            limit: number;
            /** @description cursor of the following page, null on the last */
            next: string | null;
            /** @description cursor of the preceding page, null on the first */
            prev: string | null;
        };
        WithdrawCase: {
            reason: string;
        };
        WithdrawCaseInput: {
            reason: string;
        };
        WorkdayAnswer: {
            deadline?: string;
            from: string;
            isWorkday: boolean;
            nextWorkday: string;
            /** @description some answer depends on a year computed from the law, not yet on its notice (预计) */
            provisional: boolean;
            to?: string;
            workdays?: number;
            workdaysBetween?: number;
        };
        WorkdayAnswerInput: {
            deadline?: string;
            from: string;
            isWorkday: boolean;
            nextWorkday: string;
            /** @description some answer depends on a year computed from the law, not yet on its notice (预计) */
            provisional: boolean;
            to?: string;
            workdays?: number;
            workdaysBetween?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditEntries: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                subjectId?: string;
                subjectType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "checkpoints": []
                 *     }
                 */
                "application/json": components["schemas"]["AuditVerifyRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    advanceSimulatedClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workingDays": 5
                 *     }
                 */
                "application/json": components["schemas"]["ClockAdvanceRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformClock"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutboxMessages: {
        parameters: {
            query?: {
                limit?: number;
                recipient?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeSeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "印章私钥疑似泄露",
                 *       "revokedFrom": "2026-11-30T00:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    /**
                     * Format: date-time
                     * @description the instant the key is known or feared to be compromised; not in the future
                     */
                    revokedFrom?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        retired: string;
                        successor: components["schemas"]["Seal"] | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateSeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "密钥到期例行轮换"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        retired: string;
                        successor: components["schemas"]["Seal"] | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceAccountInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedSecret"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "overlapHours": 24
                 *     }
                 */
                "application/json": {
                    /** @default 24 */
                    overlapHours?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedSecret"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                secretId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceAccountSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSubscription"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceAccountDeliveries: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayServiceAccountEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2026-11-27T00:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requeued: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "clerk.shizhong",
                 *       "name": "王芳",
                 *       "phone": "13905310012",
                 *       "password": "Yici@2018",
                 *       "roles": [
                 *         "window_clerk"
                 *       ],
                 *       "regionCode": "370103",
                 *       "departmentId": null
                 *     }
                 */
                "application/json": components["schemas"]["CreateStaffRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "roles": [
                 *         "reviewer",
                 *         "approver"
                 *       ],
                 *       "regionCode": "3701",
                 *       "status": "active"
                 *     }
                 */
                "application/json": {
                    departmentId?: string | null;
                    regionCode?: string;
                    roles?: ("window_clerk" | "reviewer" | "approver" | "agent" | "hotline_operator" | "supervisor" | "evaluator" | "administrator")[];
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyApplications: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                status?: "draft" | "awaiting_co_applicant" | "submitted" | "correction_requested" | "refused" | "in_review" | "completed" | "terminated" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnCasePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target": {
                 *         "kind": "item",
                 *         "implementationCode": "11370102020370102W4370113005000"
                 *       },
                 *       "form": {
                 *         "applicantName": "张三"
                 *       },
                 *       "materials": [
                 *         {
                 *           "kind": "upload",
                 *           "materialKey": "id_card",
                 *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 *           "fileName": "身份证.pdf"
                 *         }
                 *       ],
                 *       "delivery": {
                 *         "method": "electronic"
                 *       },
                 *       "submit": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateApplicationRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supplyMaterials: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "materials": [
                 *         {
                 *           "kind": "upload",
                 *           "materialKey": "site_plan",
                 *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 *           "fileName": "场所平面图.pdf"
                 *         }
                 *       ],
                 *       "submit": true
                 *     }
                 */
                "application/json": components["schemas"]["SupplyMaterialsRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    prepareApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target": {
                 *         "kind": "item",
                 *         "implementationCode": "11370102020370102W4370113005000"
                 *       },
                 *       "form": {}
                 *     }
                 */
                "application/json": components["schemas"]["PrepareApplicationRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreparedApplication"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBulletins: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    draftBulletin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "periodFrom": "2026-11-01",
                 *       "periodTo": "2026-11-30"
                 *     }
                 */
                "application/json": {
                    /** @description a correction names the published bulletin it corrects */
                    correctsId?: string;
                    /**
                     * Format: date
                     * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                     */
                    periodFrom: string;
                    /**
                     * Format: date
                     * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                     */
                    periodTo: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBulletin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editBulletin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 1,
                 *       "title": "2026 年 11 月“一次办好”通报"
                 *     }
                 */
                "application/json": {
                    introduction?: string;
                    /**
                     * @description compose the figures again as of now
                     * @default false
                     */
                    recompose?: boolean;
                    title?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveBulletin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishBulletin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 2
                 *     }
                 */
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarStatus"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countWorkingDays: {
        parameters: {
            query: {
                from: string;
                /** @description count working days in (from, to] */
                to?: string;
                /** @description the n-th working day after from */
                workdays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayAnswer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCalendarYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYears"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enterCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2027,
                 *       "holidays": [
                 *         {
                 *           "date": "2027-01-01",
                 *           "name": "元旦"
                 *         },
                 *         {
                 *           "date": "2027-10-01",
                 *           "name": "国庆节"
                 *         }
                 *       ],
                 *       "workdays": [
                 *         {
                 *           "date": "2027-09-26",
                 *           "name": "国庆节"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearEntry"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                due?: "soon" | "overdue";
                /** @description history: first China date of the period */
                from?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                /** @description case number or ID number (prefix, at least 4 characters), applicant name or title (at least 2 characters); shorter: SEARCH_TERM_TOO_SHORT. A search counts its matches up to 1,000 (past it: count.atLeast) */
                q?: string;
                status?: "draft" | "awaiting_co_applicant" | "submitted" | "correction_requested" | "refused" | "in_review" | "completed" | "terminated" | "withdrawn";
                /** @description history: last China date of the period (default today); longer than 366 days: PERIOD_TOO_LONG */
                to?: string;
                /** @description action (default): submitted or correction_requested; history: created in from–to */
                view?: "action" | "history";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCasePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    intakeCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target": {
                 *         "kind": "item",
                 *         "implementationCode": "11370102020370102W4370113005000"
                 *       },
                 *       "applicant": {
                 *         "kind": "person",
                 *         "id": "370102199003071238"
                 *       },
                 *       "form": {
                 *         "applicantName": "张三"
                 *       },
                 *       "materials": [
                 *         {
                 *           "kind": "upload",
                 *           "materialKey": "id_card",
                 *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 *           "fileName": "身份证.pdf"
                 *         }
                 *       ],
                 *       "delivery": {
                 *         "method": "pickup"
                 *       },
                 *       "servicePointId": "sp-370102-hall"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApplicationRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "材料齐全，予以受理"
                 *     }
                 */
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptDeferredCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "materials": [
                 *         {
                 *           "materialKey": "site_plan",
                 *           "supplyBy": "2026-12-15"
                 *         }
                 *       ],
                 *       "promise": "本人承诺在期限内补交经营场所平面图"
                 *     }
                 */
                "application/json": components["schemas"]["AcceptDeferredRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    coApplicationAtWindowCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "李四",
                 *       "idNumber": "370102198805052345"
                 *     }
                 */
                "application/json": components["schemas"]["CoApplicantAtWindowInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    coApplicationConfirmCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deliverCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "trackingNumber": "SF1234567890"
                 *     }
                 */
                "application/json": components["schemas"]["DeliverRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCaseMaterialFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                materialKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOwnCaseRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rating: components["schemas"]["Rating"] | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadNoticePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    refuseCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reasons": [
                 *         "申请事项不属于本机关职权范围"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RefuseRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCorrectionCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "materialKey": "site_plan",
                 *           "problem": "平面图未标注面积"
                 *         }
                 *       ],
                 *       "note": "请在 5 个工作日内补正"
                 *     }
                 */
                "application/json": components["schemas"]["RequestCorrectionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseTickets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                        /** @enum {string} */
                        channel: "phone" | "web" | "app" | "rating";
                        createdAt: string;
                        department: {
                            id: string;
                            name: string;
                        } | null;
                        excerpt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                        regionCode: string;
                        /** @enum {string} */
                        status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
                        ticketNumber: string;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "信息填写有误，重新申请"
                 *     }
                 */
                "application/json": components["schemas"]["WithdrawCaseInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBundles: {
        parameters: {
            query?: {
                /** @description find bundles by everyday words (开公司, 卖房) as well as their names */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description service object: person 自然人, legal_person 企业法人及其他组织
                         * @enum {string}
                         */
                        audience: "person" | "legal_person";
                        description: string;
                        id: string;
                        name: string;
                        stepCount: number;
                        targetDays: number;
                        themes: string[];
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bundle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogConsistencyReport: {
        parameters: {
            query?: {
                /** @description ISO date, YYYY-MM-DD (China local date), years 1900–2999 */
                asOf?: string;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchCatalogItems: {
        parameters: {
            query?: {
                /** @description published as of this date; default today */
                asOf?: string;
                /** @description service object: person 自然人, legal_person 企业法人及其他组织 */
                audience?: "person" | "legal_person";
                department?: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
                oneVisit?: "true" | "false";
                /** @description true: can be done fully online (depth 4) */
                online?: "true" | "false";
                page?: number;
                pageSize?: number;
                q?: string;
                /** @description region code: items implemented there */
                region?: string;
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ItemSummary"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItem: {
        parameters: {
            query?: {
                /** @description ISO date, YYYY-MM-DD (China local date), years 1900–2999 */
                asOf?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        implementationCount: number;
                        item: components["schemas"]["ServiceItem"];
                        /** @enum {string} */
                        kind: "standard";
                    } | {
                        item: components["schemas"]["ItemImplementation"];
                        /** @enum {string} */
                        kind: "implementation";
                        standard: components["schemas"]["ServiceItem"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCertificateTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateTypeList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "food_business_licence",
                 *       "issuerDepartmentId": "jinan-market-regulation",
                 *       "data": {
                 *         "holderName": "济南泉诚商贸有限公司",
                 *         "businessScope": "预包装食品销售"
                 *       },
                 *       "caseId": "C-20261201-0001"
                 *     }
                 */
                "application/json": {
                    caseId?: string;
                    data: {
                        [key: string]: unknown;
                    };
                    issuerDepartmentId: string;
                    type: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description SM3 digest (hex) of the canonical content (RFC 8785 JCS, UTF-8); a checksum, not what is signed */
                        contentHash: string;
                        /**
                         * @description credibility level A–D
                         * @enum {string}
                         */
                        credibility: "A" | "B" | "C" | "D";
                        /** @description fields per the type's schema */
                        data: {
                            [key: string]: unknown;
                        };
                        events: {
                            actorLabel: string;
                            at: string;
                            kind: string;
                            purpose: string | null;
                        }[];
                        holder: {
                            /** @description ID number or USCC */
                            id: string;
                            /**
                             * @description person 自然人; legal_person 法人及其他组织
                             * @enum {string}
                             */
                            kind: "person" | "legal_person";
                            name: string;
                        };
                        /** @description GB/T 36904: 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check> */
                        identifier: string;
                        /** Format: date-time */
                        issuedAt: string;
                        issuer: {
                            name: string;
                            uscc: string;
                        };
                        /** @description identifier of the certificate that replaced it */
                        replacedBy: string | null;
                        revokedReason: string | null;
                        seal: {
                            id: string;
                            ownerName: string;
                        };
                        /** @description SM2 signature over the canonical content's UTF-8 bytes (e = SM3(Z ‖ M), user id 1234567812345678), r ‖ s as 128 hex characters; see docs/certificate-format.md */
                        signature: string;
                        /** @enum {string} */
                        status: "valid" | "revoked" | "expired" | "replaced";
                        type: {
                            /** @description defining agency's USCC + 3 digits (21 characters) */
                            code: string;
                            name: string;
                            slug: string;
                        };
                        /**
                         * Format: date
                         * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                         */
                        validFrom: string;
                        /** @description null = long-term (长期) */
                        validTo: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    makeCertificateCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "purpose": "办理银行开户",
                 *       "expiresOn": "2026-12-31"
                 *     }
                 */
                "application/json": {
                    caseId?: string;
                    /** Format: date */
                    expiresOn: string;
                    purpose: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCopy"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "经营场所变更",
                 *       "data": {
                 *         "address": "济南市历下区泉城路 1 号"
                 *       }
                 *     }
                 */
                "application/json": {
                    data?: {
                        [key: string]: unknown;
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "经营者申请注销"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createShareCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "minutes": 5
                 *     }
                 */
                "application/json": components["schemas"]["CreateShareCodeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareCode"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endShareCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareCodesEnded"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identifier": "37-JY-370102-2026-000123"
                 *     }
                 */
                "application/json": components["schemas"]["VerifyRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyCertificateFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlatformClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformClock"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCertificateJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCertificatePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    calculateDtf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "components": [
                 *         {
                 *           "best": 1,
                 *           "worst": 20,
                 *           "value": 4
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DtfInputInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DtfResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDefaultIndicatorSystem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationIndicatorSystem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReformScenarios: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReformScenario"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitReformScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "开办企业并联审批",
                 *       "year": 2026,
                 *       "changes": [
                 *         {
                 *           "kind": "online_share",
                 *           "share": 0.8
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReformInputInput"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReformScenario"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReformScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReformScenario"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvaluations: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSummary"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2026,
                 *       "title": "2026 年度营商环境评价"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description frontier values for this evaluation, by indicator key (override the system)
                     * @default {}
                     */
                    frontier?: {
                        [key: string]: {
                            best: number;
                            worst: number;
                        };
                    };
                    /**
                     * @description imported indicator values: CSV with header city,indicator,value
                     * @default
                     */
                    importedCsv?: string;
                    /**
                     * @description income per capita by city, yuan a year: the denominator of measured cost
                     * @default {}
                     */
                    incomePerCapitaYuan?: {
                        [key: string]: number;
                    };
                    indicatorSystem?: components["schemas"]["EvaluationIndicatorSystemInput"];
                    title?: string;
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadEvaluationPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFigures: {
        parameters: {
            query?: {
                /** @description region code (province → town) or hall:<service point id> */
                area?: string;
                /** @description default: 1 January of the year of `to` */
                from?: string;
                /** @description default: today (China date) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresOverview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFiguresCases: {
        parameters: {
            query?: {
                /** @description region code (province → town) or hall:<service point id> */
                area?: string;
                channel?: "window" | "online" | "agent" | "anywhere";
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                filter?: "all" | "completed" | "on_time" | "late" | "refused" | "corrected" | "deferred" | "more_than_one_visit";
                /** @description default: 1 January of the year of `to` */
                from?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                target?: string;
                /** @description default: today (China date) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresCases"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFiguresTable: {
        parameters: {
            query: {
                /** @description region code (province → town) or hall:<service point id> */
                area?: string;
                format?: "csv" | "xlsx";
                /** @description default: 1 January of the year of `to` */
                from?: string;
                table: "channels" | "targets" | "children" | "weeks" | "panel3545" | "cardsByArea" | "cardsByDepartment" | "cardsByItem" | "ticketsByRegion" | "ticketsByDepartment" | "ratingsByDepartment" | "ratingsByHall";
                /** @description default: today (China date) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchArticles: {
        parameters: {
            query: {
                limit?: number;
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        excerpt: string;
                        id: string;
                        /** @enum {string} */
                        source: "catalog" | "curated";
                        title: string;
                        version: number;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "个体工商户营业执照怎么办",
                 *       "body": "可通过山东政务服务网在线申请，或到区政务服务中心窗口办理。",
                 *       "owner": "历下区市场监管局",
                 *       "reviewOn": "2027-06-30"
                 *     }
                 */
                "application/json": {
                    body: string;
                    owner: string;
                    /**
                     * Format: date
                     * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                     */
                    reviewOn: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviseArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "个体工商户营业执照怎么办",
                 *       "body": "可通过山东政务服务网在线申请（全程电子化），或到区政务服务中心窗口办理。",
                 *       "owner": "历下区市场监管局",
                 *       "reviewOn": "2027-06-30"
                 *     }
                 */
                "application/json": {
                    body: string;
                    owner: string;
                    /**
                     * Format: date
                     * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                     */
                    reviewOn: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basicCode: string | null;
                        body: string;
                        createdAt: string;
                        id: string;
                        owner: string;
                        /**
                         * Format: date
                         * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                         */
                        reviewOn: string;
                        /** @enum {string} */
                        source: "catalog" | "curated";
                        title: string;
                        version: number;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCallerHistory: {
        parameters: {
            query: {
                phone: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallerHistory"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCuratedArticles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticle"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDispatchCatalogue: {
        parameters: {
            query: {
                category?: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                        departmentId: string;
                        departmentName: string;
                        regionCode: string;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeDispatchRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "regionCode": "370102",
                 *       "category": "utilities",
                 *       "departmentId": "lixia-housing",
                 *       "reason": "职责调整"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                    departmentId: string | null;
                    reason: string;
                    regionCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rule: {
                            /** @enum {string} */
                            category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                            departmentId: string;
                            departmentName: string;
                            regionCode: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDispatchRuleChanges: {
        parameters: {
            query: {
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                        changedAt: string;
                        changedBy: string;
                        fromDepartmentName: string | null;
                        id: number;
                        reason: string;
                        regionCode: string;
                        toDepartmentName: string | null;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDispatchRules: {
        parameters: {
            query: {
                category?: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                        departmentId: string;
                        departmentName: string;
                        regionCode: string;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHotlineFigures: {
        parameters: {
            query: {
                /** @description ISO date, YYYY-MM-DD (China local date), years 1900–2999 */
                from: string;
                region?: string;
                /** @description ISO date, YYYY-MM-DD (China local date), years 1900–2999 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HotlineFigures"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                caseId?: string;
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                departmentId?: string;
                /** @description ISO date, YYYY-MM-DD (China local date), years 1900–2999 */
                from?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                merged?: "include" | "exclude";
                region?: string;
                status?: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
                /** @description ISO date, YYYY-MM-DD (China local date), years 1900–2999 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "phone",
                 *       "kind": "complaint",
                 *       "category": "market_and_food",
                 *       "regionCode": "370102",
                 *       "callerName": "王先生",
                 *       "callerPhone": "13705310003",
                 *       "text": "泉城路某餐馆后厨卫生条件差，希望有关部门检查。",
                 *       "contactConsent": true
                 *     }
                 */
                "application/json": {
                    /**
                     * @description 对承办部门隐去来电人身份
                     * @default false
                     */
                    anonymous?: boolean;
                    /** @description 咨询 answered on the spot from the knowledge base */
                    answer?: {
                        answer: string;
                        articleId: string;
                    };
                    callerName: string;
                    callerPhone: string;
                    caseId?: string;
                    /** @enum {string} */
                    category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                    /**
                     * @default phone
                     * @enum {string}
                     */
                    channel?: "phone" | "web" | "app";
                    /**
                     * @description 来电人同意承办部门联系本人
                     * @default false
                     */
                    contactConsent?: boolean;
                    departmentId?: string;
                    /** @description dispatched in the same step */
                    dispatch?: {
                        /** @description omit: the catalogue decides */
                        departmentId?: string;
                        overrideReason?: string;
                    };
                    itemCode?: string;
                    /** @enum {string} */
                    kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                    regionCode: string;
                    servicePointId?: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicketCaseTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dispatchTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "departmentId": "lixia-market-regulation"
                 *     }
                 */
                "application/json": {
                    /** @description omit: the catalogue decides */
                    departmentId?: string;
                    overrideReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestTicketExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": 5,
                 *       "reason": "需协调多个部门联合检查"
                 *     }
                 */
                "application/json": {
                    days: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideTicketExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approve": true,
                 *       "reason": "同意延期"
                 *     }
                 */
                "application/json": {
                    approve: boolean;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "intoTicketId": "T-20261201-0007",
                 *       "reason": "同一事项重复来电"
                 *     }
                 */
                "application/json": {
                    intoTicketId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replyTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reply": "经现场检查，已责令该餐馆限期整改，并将跟踪复查。"
                 *     }
                 */
                "application/json": {
                    reply: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reasons": [
                 *         "不属于本部门职责"
                 *       ],
                 *       "suggestedDepartmentId": "lixia-urban-management"
                 *     }
                 */
                "application/json": {
                    reasons: string[];
                    suggestedDepartmentId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideTicketReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "accept",
                 *       "reason": "退回理由成立，改派城管部门",
                 *       "departmentId": "lixia-urban-management"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    decision: "accept" | "reject";
                    /** @description accept: the department it goes to */
                    departmentId?: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revisitTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "solved": true,
                 *       "satisfied": true,
                 *       "note": "来电人表示满意"
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    note?: string;
                    /** @description unsatisfied: same (default) or higher department */
                    reopenDepartmentId?: string;
                    satisfied: boolean;
                    solved: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "13805310001",
                 *       "password": "Yici@2018"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        /** @enum {string} */
                        status: "logged_in";
                    } | {
                        challengeId: string;
                        sentTo: string;
                        /** @enum {string} */
                        status: "second_factor_required";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "challengeId": "c3f1a2b4-5d6e-4f70-8a9b-0c1d2e3f4a5b",
                 *       "code": "381204"
                 *     }
                 */
                "application/json": {
                    challengeId: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        /** @enum {string} */
                        status: "logged_in";
                    } | {
                        challengeId: string;
                        sentTo: string;
                        /** @enum {string} */
                        status: "second_factor_required";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logoutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "张三",
                 *       "idNumber": "370102199003071238",
                 *       "phone": "13805310001",
                 *       "password": "Yici@2018"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadLedgerEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mediaType: string;
                        sha256: string;
                        size: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadLedgerEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInspections: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordInspection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "unannounced",
                 *       "regionCode": "370102",
                 *       "visitedOn": "2026-12-01",
                 *       "findings": "窗口人员在岗，叫号有序"
                 *     }
                 */
                "application/json": {
                    departmentId?: string;
                    findings: string;
                    /** @enum {string} */
                    method: "announced" | "unannounced";
                    rectification?: {
                        departmentId: string;
                        /**
                         * Format: date
                         * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                         */
                        dueOn: string;
                        title: string;
                    };
                    regionCode: string;
                    /**
                     * Format: date
                     * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                     */
                    visitedOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inspection"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLedgerRecords: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerRecordPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addLedgerRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "commendation",
                 *       "departmentId": "lixia-market-regulation",
                 *       "reason": "企业开办全程网办率居全市首位"
                 *     }
                 */
                "application/json": {
                    departmentId?: string;
                    /** @enum {string} */
                    kind: "commendation" | "accountability";
                    reason: string;
                    regionCode?: string;
                    taskId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLedgerReports: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                status?: "pending" | "accepted" | "sent_back";
                /** @description only the reports on this task */
                taskId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewLedgerReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "accept"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    decision: "accept" | "send_back";
                    /** @default  */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLedgerTasks: {
        parameters: {
            query?: {
                kind?: "measure" | "special_action" | "key_point" | "deliverable" | "rectification";
                overdue?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LedgerTask"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLedgerTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerTask"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportLedgerProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "milestoneId": "m-1",
                 *       "summary": "已完成一窗受理系统上线",
                 *       "completesMilestone": true,
                 *       "evidence": [
                 *         "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @default false */
                    completesMilestone?: boolean;
                    /** @description SHA-256 of files uploaded with POST /api/ledger/evidence */
                    evidence: string[];
                    milestoneId: string;
                    summary: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyMandates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    grantMandate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agentLogin": "agent.lixia",
                 *       "scopeKind": "bundle",
                 *       "bundleId": "enterprise-opening",
                 *       "actions": [
                 *         "apply",
                 *         "supply_materials",
                 *         "view"
                 *       ],
                 *       "validTo": "2026-12-31T23:59:59+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["CreateMandateRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMandate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReceivedMandates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    actAs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uscc": "91370102MA3D8Q2K5P"
                 *     }
                 */
                "application/json": {
                    /** @description null: act for oneself */
                    uscc: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPendingCoApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoApplication"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyDataUse: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUsePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bindEntity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uscc": "91370102MA3D8Q2K5P"
                 *     }
                 */
                "application/json": {
                    uscc: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBinding"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityBindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uscc: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBinding"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityDataUse: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path: {
                uscc: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUsePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addEntityHandler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uscc: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idNumber": "370102199003071238",
                 *       "name": "张三"
                 *     }
                 */
                "application/json": {
                    idNumber: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBinding"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeEntityHandler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bindingId: string;
                uscc: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendPhoneCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyPhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "381204"
                 *     }
                 */
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyRealNameByRegistry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySharingConsents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingConsent"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    grantSharingConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantConsentRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingConsent"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawSharingConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingConsent"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                        /** @enum {string} */
                        channel: "phone" | "web" | "app" | "rating";
                        createdAt: string;
                        department: {
                            id: string;
                            name: string;
                        } | null;
                        excerpt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                        regionCode: string;
                        /** @enum {string} */
                        status: "registered" | "answered_on_spot" | "dispatched" | "signed" | "returned" | "replied" | "closed" | "merged";
                        ticketNumber: string;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileOwnTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "consultation",
                 *       "category": "enterprise_services",
                 *       "regionCode": "370102",
                 *       "text": "开办企业需要准备哪些材料？",
                 *       "contactConsent": true
                 *     }
                 */
                "application/json": {
                    /**
                     * @description 对承办部门隐去来电人身份
                     * @default false
                     */
                    anonymous?: boolean;
                    caseId?: string;
                    /** @enum {string} */
                    category: "enterprise_services" | "market_and_food" | "household_and_security" | "tax" | "employment_social_security" | "housing_property" | "environment" | "medical" | "transport" | "utilities" | "government_services";
                    /**
                     * @default web
                     * @enum {string}
                     */
                    channel?: "web" | "app";
                    /**
                     * @description 来电人同意承办部门联系本人
                     * @default false
                     */
                    contactConsent?: boolean;
                    departmentId?: string;
                    itemCode?: string;
                    /** @enum {string} */
                    kind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
                    regionCode: string;
                    servicePointId?: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMonitoringCards: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                departmentId?: string;
                itemCode?: string;
                level?: "yellow" | "red";
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                regionCode?: string;
                status?: "open" | "cleared";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCardCounts: {
        parameters: {
            query?: {
                by?: "city" | "county" | "department" | "item";
                regionCode?: string;
                status?: "open" | "cleared";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "city" | "county" | "department" | "item";
                        regionCode: string;
                        rows: {
                            key: string;
                            name: string;
                            orders: number;
                            red: number;
                            yellow: number;
                        }[];
                        /** @enum {string} */
                        status: "open" | "cleared";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cards: {
                            clearedOn: string | null;
                            clearReason: ("due_soon" | "overdue" | "extended" | "due_moved" | "stopped" | "clock_gone") | null;
                            departmentId: string | null;
                            departmentName: string | null;
                            /**
                             * Format: date
                             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                             */
                            dueOn: string;
                            history: {
                                at: string;
                                /** @enum {string} */
                                kind: "raised" | "escalated" | "eased" | "cleared";
                                /** @enum {string} */
                                level: "yellow" | "red";
                                /**
                                 * Format: date
                                 * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                                 */
                                on: string;
                                /** @enum {string} */
                                reason: "due_soon" | "overdue" | "extended" | "due_moved" | "stopped" | "clock_gone";
                            }[];
                            id: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                            /** @enum {string} */
                            level: "yellow" | "red";
                            orderId: string | null;
                            /**
                             * Format: date
                             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                             */
                            raisedOn: string;
                            regionCode: string;
                            /** @enum {string} */
                            status: "open" | "cleared";
                            subjectId: string;
                            subjectLabel: string | null;
                            subjectType: string;
                        }[];
                        orders: {
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            cardId: string;
                            departmentId: string | null;
                            departmentName: string | null;
                            dueOn: string | null;
                            explainedAt: string | null;
                            explainedBy: string | null;
                            explanation: string | null;
                            history: {
                                actorName: string;
                                at: string;
                                /** @enum {string} */
                                kind: "raised" | "escalated" | "acknowledged" | "explained";
                                /** @enum {string} */
                                level: "department" | "city" | "province";
                                note: string | null;
                            }[];
                            id: string;
                            itemName: string | null;
                            /** @enum {string} */
                            kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                            /** @enum {string} */
                            level: "department" | "city" | "province";
                            promisedOn: string | null;
                            /**
                             * Format: date
                             * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                             */
                            raisedOn: string;
                            regionCode: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "explained";
                            subjectLabel: string | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupervisionOrders: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                level?: "department" | "city" | "province";
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                regionCode?: string;
                status?: "open" | "acknowledged" | "explained";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeSupervisionOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 1
                 *     }
                 */
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        cardId: string;
                        departmentId: string | null;
                        departmentName: string | null;
                        dueOn: string | null;
                        explainedAt: string | null;
                        explainedBy: string | null;
                        explanation: string | null;
                        history: {
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            kind: "raised" | "escalated" | "acknowledged" | "explained";
                            /** @enum {string} */
                            level: "department" | "city" | "province";
                            note: string | null;
                        }[];
                        id: string;
                        itemName: string | null;
                        /** @enum {string} */
                        kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                        /** @enum {string} */
                        level: "department" | "city" | "province";
                        promisedOn: string | null;
                        /**
                         * Format: date
                         * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                         */
                        raisedOn: string;
                        regionCode: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "explained";
                        subjectLabel: string | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    explainSupervisionOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 2,
                 *       "explanation": "现场核查排期延误，已调整人员并加快办理。",
                 *       "promisedOn": "2026-12-10"
                 *     }
                 */
                "application/json": {
                    explanation: string;
                    /**
                     * Format: date
                     * @description 承诺办结日期（中国日期）
                     */
                    promisedOn: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        cardId: string;
                        departmentId: string | null;
                        departmentName: string | null;
                        dueOn: string | null;
                        explainedAt: string | null;
                        explainedBy: string | null;
                        explanation: string | null;
                        history: {
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            kind: "raised" | "escalated" | "acknowledged" | "explained";
                            /** @enum {string} */
                            level: "department" | "city" | "province";
                            note: string | null;
                        }[];
                        id: string;
                        itemName: string | null;
                        /** @enum {string} */
                        kind: "case" | "task" | "ticket_sign" | "ticket_reply" | "ticket_return" | "rectification" | "milestone" | "order";
                        /** @enum {string} */
                        level: "department" | "city" | "province";
                        promisedOn: string | null;
                        /**
                         * Format: date
                         * @description ISO date, YYYY-MM-DD (China local date), years 1900–2999
                         */
                        raisedOn: string;
                        regionCode: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "explained";
                        subjectLabel: string | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runMonitoringPass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cleared: number;
                        eased: number;
                        escalated: number;
                        ordersEscalated: number;
                        ordersRaised: number;
                        raised: number;
                        shards: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                kind?: "approval_bureau" | "market_regulation" | "public_security" | "taxation" | "human_resources" | "natural_resources" | "housing_construction" | "development_reform" | "ecology_environment" | "civil_affairs" | "health" | "medical_insurance" | "housing_fund" | "transport" | "civil_air_defence" | "water_utility" | "power_utility" | "gas_utility" | "heating_utility" | "government_services";
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServicePoints: {
        parameters: {
            query: {
                /** @description keyset paging: the id of the last point of the page before (the `next` it returned); not counted; not with `page` */
                after?: string;
                /** @description the region must exist on this date; default today */
                asOf?: string;
                kind?: "hall" | "centre" | "station" | "kiosk";
                /** @description page number (default 1); for deep pages use `after` */
                page?: number;
                pageSize?: number;
                /** @description words in the service point’s name or address */
                q?: string;
                /** @description region code; points in the region and below */
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServicePoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePoint"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "client_credentials",
                 *       "scope": "sharing:identity_check"
                 *     }
                 */
                "application/x-www-form-urlencoded": {
                    client_id?: string;
                    client_secret?: string;
                    grant_type: string;
                    scope?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"] | components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"] | components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDatasets: {
        parameters: {
            query?: {
                publisher?: string;
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDataset: {
        parameters: {
            query?: {
                format?: "csv" | "json" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    queryDatasetRows: {
        parameters: {
            query?: {
                /** @description 从这一行之后读起（键集翻页，不计总数）：上一页返回的 next，即最后一行按数据集 key 字段的值组成的 JSON 数组，如 ["370102","sp-0001"]；不签名，可自行构造；不能与 page 同用 */
                after?: string;
                /** @description 按此字段筛选（与 value 一起） */
                field?: string;
                /** @description 只返回这些字段，逗号分隔 */
                fields?: string;
                /** @description 页码（默认 1）；深翻页请改用 after，页码越大越慢 */
                page?: number;
                pageSize?: number;
                value?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetRows"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicBulletins: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBulletinPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicBulletin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBulletin"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadBulletinPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicFigures: {
        parameters: {
            query?: {
                /** @description China date YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description China date YYYY-MM-DD (inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresPublic"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRatings: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                /** @description open: rectifications not yet confirmed, and pending appeals; all: every bad rating */
                status?: "open" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRating: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caseId": "C-20261201-0001",
                 *       "channel": "online",
                 *       "level": 5,
                 *       "reasons": [
                 *         "fast",
                 *         "one_visit"
                 *       ]
                 *     }
                 */
                "application/json": {
                    caseId: string;
                    /**
                     * @default online
                     * @enum {string}
                     */
                    channel?: "online" | "sms" | "hall";
                    /** @default  */
                    comment?: string;
                    /**
                     * @description the rater asks for follow-up: a 12345 ticket (channel "rating") is opened with the rating
                     * @default false
                     */
                    followUp?: boolean;
                    level: number;
                    /** @default [] */
                    reasons?: ("fast" | "attitude_good" | "guidance_clear" | "one_visit" | "slow" | "attitude_bad" | "guidance_unclear" | "repeated_visits" | "materials_repeated" | "system_trouble")[];
                    /** @description hall: the hall whose rating screen is used */
                    servicePointId?: string;
                    /** @description hall: the window rated (一次一评) */
                    window?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    appealRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "评价内容与本窗口办理的事项无关"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewRatingAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uphold": false,
                 *       "reason": "评价与办件对应，不予支持"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    uphold: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRatingCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "已电话回访，评价人说明了排队时间过长的情况"
                 *     }
                 */
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmRectification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accepted": true
                 *     }
                 */
                "application/json": {
                    accepted: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitRectificationEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "evidence": "增设两个综合窗口，高峰时段增派人员引导"
                 *     }
                 */
                "application/json": {
                    evidence: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyRectification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accept": true,
                 *       "note": "现场核实整改到位"
                 *     }
                 */
                "application/json": {
                    accept: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRatingFigures: {
        parameters: {
            query: {
                by?: "department" | "service_point" | "window";
                month: string;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingFigures"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: {
                /** @description the date the division is valid on; default today */
                asOf?: string;
                /** @description parent region code; omitted → the top level (the province) */
                parent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegion: {
        parameters: {
            query?: {
                /** @description ISO date, YYYY-MM-DD (China local date), years 1900–2999 */
                asOf?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSeals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seal"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seal"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSealPicture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookUpSharedCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateLookupRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateLookupResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readSharedCreditStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uscc": "91370102MA3C00000X",
                 *       "purpose": "对公开户核实企业登记信息"
                 *     }
                 */
                "application/json": {
                    caseId?: string;
                    consentReference?: string;
                    purpose: string;
                    uscc: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditStatus"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readSharedEntity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uscc": "91370102MA3C00000X",
                 *       "purpose": "对公开户核实企业登记信息"
                 *     }
                 */
                "application/json": {
                    caseId?: string;
                    consentReference?: string;
                    purpose: string;
                    uscc: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entityType: string;
                        establishedOn: string;
                        legalRepresentativeName: string;
                        name: string;
                        registeredAddress: string;
                        registeredRegionCode: string;
                        status: string;
                        uscc: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityCheckRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityCheckResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readSharedPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idNumber": "370102199001011234",
                 *       "fields": [
                 *         "name"
                 *       ],
                 *       "purpose": "社保待遇资格认证",
                 *       "caseId": "C-1"
                 *     }
                 */
                "application/json": {
                    caseId?: string;
                    consentReference?: string;
                    fields?: ("idNumber" | "name" | "sex" | "birthDate" | "householdRegionCode" | "householdAddress" | "phone")[];
                    idNumber: string;
                    purpose: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedPerson"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subscribeToEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewSubscription"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2026-11-27T00:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requeued: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bindEntityAtWindow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uscc": "91370102MA3D8Q2K5P",
                 *       "accountId": "acc-2f6c1d0e",
                 *       "reason": "营业执照原件与法定代表人身份证当面核对一致"
                 *     }
                 */
                "application/json": {
                    accountId: string;
                    reason: string;
                    uscc: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityBinding"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyInPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc-2f6c1d0e"
                 *     }
                 */
                "application/json": {
                    accountId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupPerson: {
        parameters: {
            query: {
                caseId?: string;
                purpose: string;
            };
            header?: never;
            path: {
                idNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                caseId?: string;
                /** @description opaque: the `next` or `prev` of an earlier page of the same list with the same filters */
                cursor?: string;
                due?: "soon" | "overdue";
                /** @description rows per page, at most 100 (more: PAGE_SIZE_TOO_LARGE) */
                limit?: number;
                /** @description true: claimed by me */
                mine?: "true" | "false";
                status?: "waiting" | "open" | "claimed" | "correction" | "special_procedure" | "granted" | "denied" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    claimTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 3
                 *     }
                 */
                "application/json": {
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "grant",
                 *       "reason": "符合《食品经营许可管理办法》规定的条件",
                 *       "version": 3
                 *     }
                 */
                "application/json": components["schemas"]["DecideRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": 10,
                 *       "reason": "现场核查需要延长办理时限"
                 *     }
                 */
                "application/json": components["schemas"]["ExtendRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadTaskMaterialFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                materialKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "image/jpeg": components["schemas"]["Problem"];
                    "image/png": components["schemas"]["Problem"];
                };
            };
        };
    };
    opinionTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opinion": "经审查，申请材料符合法定条件，建议准予许可。"
                 *     }
                 */
                "application/json": {
                    /** @description for joint steps: the department giving it */
                    departmentId?: string;
                    opinion: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCorrectionTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "materialKey": "site_plan",
                 *           "problem": "平面图未标注面积"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TaskCorrectionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    specialProcedureTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key returns the first result */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "on_site_inspection",
                 *       "reason": "需现场核查经营场所"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    kind: "hearing" | "testing" | "expert_review" | "on_site_inspection" | "public_notice";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countTasksElsewhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TasksElsewhere"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadMaterialFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
